headline: Feyenoord beat Celtic to keep Champions League hopes alive
caption: Feyenoord fans light flares before kick-off at De Kuip
credit: Photo: Ruud Smit / Wireline

Feyenoord came from behind to beat Celtic 2-1 at De Kuip on Tuesday and move level on points with the Scottish champions in their Champions League group.

Celtic led through an early header from defender Callum Reid, but Feyenoord striker Yusuf Demir equalised before half-time and set up substitute Jens Hoekstra for the winner with 11 minutes left.

"We showed character tonight," Feyenoord coach Arne Sjöberg said. "Rotterdam deserved a performance like that."

Celtic manager Declan Moore complained that Reid had been fouled in the build-up to the winning goal. UEFA is expected to review an incident in the tunnel after the final whistle.

Feyenoord travel to Milan next month, while Celtic host Benfica in Glasgow.

== expected
ORGANISATION	Feyenoord
ORGANISATION	Celtic
PLACE	De Kuip
PERSON	Callum Reid
PERSON	Yusuf Demir
PERSON	Jens Hoekstra
PERSON	Arne Sjöberg|Arne Sjoberg
PLACE	Rotterdam
PERSON	Declan Moore
ORGANISATION	UEFA
PLACE	Milan
ORGANISATION	Benfica
PLACE	Glasgow

== subjects
medtop:15000000	sport
medtop:20001108	sport event
