headline: Chepkoech wins Boston Marathon on debut over the distance
caption: Runners pass the Citgo sign in Kenmore Square
credit: Photo: Megan O'Connell / Wireline
byline: Wireline sports desk
teaser: Kiprotich eyes London | Kenyan coach plans spring double for his group

Faith Chepkoech of Kenya won the Boston Marathon on Monday in her first race over 42 kilometres, breaking away on the Newton hills and finishing in 2 hours 19 minutes 50 seconds, the second-fastest winning time in the race's history.

Chepkoech, 22, who won the Kenyan 10,000 metres title in Eldoret last year, ran alone for the last 12 kilometres and crossed the line on Boylston Street 71 seconds ahead of Ethiopia's Tigist Alemu Bekele. Her training partner Beatrice Jelagat was third.

"I did not know how my legs would feel after 30 kilometres, so I decided not to wait to find out," she said. The Boston Athletic Association said her prize of $150,000 included a bonus for running under 2:20.

In the men's race, Ugandan Moses Okello Kiprop won a sprint finish against American Conner Hale Mitchell, the first US runner on the podium in Boston for nine years.

More than 30,000 runners started in Hopkinton, west of the city, in cool, dry weather. Athletics Kenya said Chepkoech would now be considered for its team for the world championships in Tokyo, where the marathon is run in September.

== expected
PERSON	Faith Chepkoech
PLACE	Kenya
PLACE	Newton
PLACE	Eldoret
PLACE	Boylston Street
PLACE	Ethiopia
PERSON	Tigist Alemu Bekele
PERSON	Beatrice Jelagat
ORGANISATION	Boston Athletic Association|BAA
PERSON	Moses Okello Kiprop
PERSON	Conner Hale Mitchell
PLACE	Boston
PLACE	Hopkinton
ORGANISATION	Athletics Kenya
PLACE	Tokyo

== subjects
medtop:15000000	sport
medtop:20001108	sport event
