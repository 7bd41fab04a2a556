headline: Sudan's warring sides agree to ceasefire talks in Jeddah - update
byline: Wireline Middle East desk

Sudan's army and the paramilitary Rapid Support Forces (RSF) have agreed to send delegations to Jeddah next week for talks on a ceasefire and safe routes for aid into El Fasher, Saudi Arabia's foreign ministry said on Sunday.

The talks, brokered by Saudi Arabia and the United States, will be the first direct contact between the two sides since negotiations collapsed last year. A Sudanese Armed Forces spokesman said the army would attend "to open humanitarian corridors, not to reward aggression".

RSF adviser Idris Abakar said the group was ready for "a full and monitored ceasefire" across Darfur and Kordofan.

The United Nations says almost 25 million people in Sudan need food aid. The World Food Programme has warned that parts of North Darfur face famine within weeks unless its convoys can reach them, and that the rainy season will soon close many roads.

== expected
PLACE	Sudan
ORGANISATION	Rapid Support Forces|RSF
PLACE	Jeddah
PLACE	El Fasher
PLACE	Saudi Arabia
PLACE	United States
ORGANISATION	Sudanese Armed Forces
PERSON	Idris Abakar
PLACE	Darfur
PLACE	Kordofan
ORGANISATION	United Nations|UN
ORGANISATION	World Food Programme|WFP
PLACE	North Darfur

== subjects
medtop:16000000	conflict, war and peace
medtop:20000073	peace process
