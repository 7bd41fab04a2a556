headline: Kenya's Kiprono breaks marathon world record in Berlin
caption: Joseph Kiprono crosses the finish line at the Brandenburg Gate
credit: Photo: Felix Wagner / Wireline

Kenya's Joseph Kiprono broke the men's marathon world record in Berlin on Sunday, finishing in 2 hours 0 minutes and 9 seconds to take 26 seconds off the previous mark.

Kiprono, 25, ran with two pacemakers until 30 kilometres and then pulled away from Ethiopia's Haile Gebre, who finished more than a minute behind. "I trained for this in Iten every morning for a year," Kiprono said.

World Athletics must ratify the record, which the Berlin Marathon organisers said had been set on a certified course with full doping controls.

Kenyan President Samuel Otieno called Kiprono "a son of the nation" and promised a reception in Nairobi. Thousands of fans celebrated in Eldoret, where Kiprono was born.

== expected
PLACE	Kenya
PERSON	Joseph Kiprono
PLACE	Berlin
PLACE	Ethiopia
PERSON	Haile Gebre
PLACE	Iten
ORGANISATION	World Athletics
PERSON	Samuel Otieno
PLACE	Nairobi
PLACE	Eldoret

== subjects
medtop:15000000	sport
medtop:20001108	sport event
medtop:20001301	sport achievement
