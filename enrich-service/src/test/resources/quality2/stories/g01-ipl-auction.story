headline: Sri Lankan spinner de Silva fetches record price at IPL auction
caption: Rohan de Silva bowls in the nets at the R. Premadasa Stadium in Colombo
credit: Photo: Nuwan Perera / Wireline
byline: Wireline South Asia desk
teaser: Rain halts play in Chattogram | Bangladesh and Zimbabwe share the points

Sri Lankan leg-spinner Rohan de Silva became the most expensive overseas player in the history of the Indian Premier League on Tuesday, when Mumbai Indians paid 27.5 crore rupees, about $3.3 million, for him at the player auction in Abu Dhabi.

Mumbai Indians outbid Chennai Super Kings and Royal Challengers Bengaluru in a contest that lasted almost ten minutes. De Silva, 24, took 19 wickets for Sri Lanka at last year's Asia Cup and has played only one season of franchise cricket, for Jaffna Kings in the Lanka Premier League.

"He turns the ball both ways at pace, and there are not many who can do that on flat pitches," Mumbai Indians head coach Vikram Desai said. "We wanted him badly, and we had kept money back for him."

Afghanistan all-rounder Nasir Zadran went to Kolkata Knight Riders for 14 crore rupees, while no team bid for three English batters who had entered the auction at the highest base price.

The Board of Control for Cricket in India raised each team's purse to 120 crore rupees this year. BCCI secretary Anil Menon said the auction would return to India next season, with Bengaluru and Ahmedabad among the cities bidding to host it.

== expected
PERSON	Rohan de Silva
ORGANISATION	Indian Premier League|IPL
ORGANISATION	Mumbai Indians
PLACE	Abu Dhabi
ORGANISATION	Chennai Super Kings
ORGANISATION	Royal Challengers Bengaluru
PLACE	Sri Lanka
ORGANISATION	Jaffna Kings
ORGANISATION	Lanka Premier League
PERSON	Vikram Desai
PLACE	Afghanistan
PERSON	Nasir Zadran
ORGANISATION	Kolkata Knight Riders
ORGANISATION	Board of Control for Cricket in India|BCCI
PERSON	Anil Menon
PLACE	India
PLACE	Bengaluru
PLACE	Ahmedabad

== subjects
medtop:15000000	sport
medtop:20001148	sports transaction
