headline: Wildfires force evacuation of 15,000 in northern Alberta
caption: Smoke rises over forest near Fort McMurray
credit: Photo: Emily Tremblay / Wireline

About 15,000 residents of Fort McMurray and nearby communities in northern Alberta were ordered to leave their homes on Wednesday as a wildfire driven by strong winds came within 8 kilometres of the town.

The Alberta Wildfire agency said the fire had grown to 21,000 hectares and was out of control. Highway 63, the only road south, was opened in both directions for evacuees heading to Edmonton.

Premier Donna Whitfield declared a provincial state of emergency and asked Ottawa for military help with the evacuation. Prime Minister Mark Leblanc said Canadian Armed Forces aircraft were on standby.

Oil sands producers Suncor and Syncrude said they were reducing output and moving non-essential staff out of their sites.

Environment Canada forecast no significant rain for at least five days.

== expected
PLACE	Fort McMurray
PLACE	Alberta
ORGANISATION	Alberta Wildfire
PLACE	Highway 63
PLACE	Edmonton
PERSON	Donna Whitfield
PLACE	Ottawa
PERSON	Mark Leblanc
ORGANISATION	Canadian Armed Forces
ORGANISATION	Suncor
ORGANISATION	Syncrude
ORGANISATION	Environment Canada

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
medtop:20000168	emergency response
