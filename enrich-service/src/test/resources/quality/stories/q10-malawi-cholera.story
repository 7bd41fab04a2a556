headline: Cholera cases climb in southern Malawi after floods
caption: Health workers set up a treatment tent in Nsanje district
credit: Photo: Grace Phiri / Wireline

Malawi's health ministry reported 640 new cholera cases in the past week, most of them in the southern districts of Nsanje and Chikwawa, where floods last month contaminated wells and latrines.

Health Minister Chifundo Banda said 23 people had died since the outbreak began and that oral vaccines from the World Health Organization (WHO) would arrive in Blantyre by the weekend.

"The next two weeks decide whether this stays a local outbreak or spreads to Lilongwe," Banda said.

UNICEF is distributing chlorine tablets to 80,000 households along the Shire River. Neighbouring Mozambique has reported cases in Tete province, and the two governments agreed to share data on infections near the border.

Doctors Without Borders said it had opened two treatment centres and warned that the rainy season was not over.

== expected
PLACE	Malawi
PLACE	Nsanje
PLACE	Chikwawa
PERSON	Chifundo Banda
ORGANISATION	World Health Organization|WHO
PLACE	Blantyre
PLACE	Lilongwe
ORGANISATION	UNICEF
PLACE	Shire River
PLACE	Mozambique
PLACE	Tete|Tete province
ORGANISATION	Doctors Without Borders|Médecins Sans Frontières|MSF

== subjects
medtop:07000000	health
medtop:20000446	diseases and conditions
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
