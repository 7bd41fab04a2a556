headline: Monsoon downpour floods Mumbai, halts trains and flights
caption: Commuters wade through a flooded street in Dadar
credit: Photo: Rahul Kulkarni / Wireline
byline: Wireline South Asia desk
teaser: Heatwave grips Rajasthan | Schools in Jaipur close early

Mumbai came to a standstill on Wednesday after more than 300 millimetres of rain fell in 24 hours, flooding low-lying districts, stopping suburban trains and forcing the city's airport to suspend flights for six hours.

The India Meteorological Department issued a red alert for Mumbai, Thane and the Konkan coast and said heavy rain would continue until Friday. The Mithi River rose above its danger mark near Kurla, and the Brihanmumbai Municipal Corporation moved about 4,000 people from slums on its banks to schools and community halls.

Central Railway and Western Railway cancelled most suburban services after water covered the tracks at Sion and Andheri. At Chhatrapati Shivaji Maharaj International Airport, 42 flights were diverted to Hyderabad and Ahmedabad.

Maharashtra Chief Minister Sunil Patwardhan told the state assembly that rescue teams of the National Disaster Response Force were on standby. "The pumps are working, but the sea is at high tide and the water has nowhere to go," he said.

Two people died when a wall collapsed in Ghatkopar, police said. Schools and colleges across the Mumbai Metropolitan Region will stay closed on Thursday.

== expected
PLACE	Mumbai
ORGANISATION	India Meteorological Department|IMD
PLACE	Thane
PLACE	Konkan|Konkan coast
PLACE	Mithi River|Mithi
PLACE	Kurla
ORGANISATION	Brihanmumbai Municipal Corporation|BMC
ORGANISATION	Central Railway
ORGANISATION	Western Railway
PLACE	Sion
PLACE	Andheri
PLACE	Chhatrapati Shivaji Maharaj International Airport
PLACE	Hyderabad
PLACE	Ahmedabad
PLACE	Maharashtra
PERSON	Sunil Patwardhan
ORGANISATION	National Disaster Response Force|NDRF
PLACE	Ghatkopar
PLACE	Mumbai Metropolitan Region

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
medtop:20000168	emergency response
