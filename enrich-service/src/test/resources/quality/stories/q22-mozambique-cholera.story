headline: Mozambique and Malawi coordinate cholera vaccination along border
caption: A nurse gives an oral cholera vaccine in Tete province
credit: Photo: Grace Phiri / Wireline

Mozambique and Malawi began a joint cholera vaccination campaign on Monday in border districts where the outbreak that started after last month's floods has killed 41 people.

Teams will give oral vaccines to 1.2 million people in Mozambique's Tete province and in Malawi's Nsanje and Chikwawa districts, the World Health Organization (WHO) said. The vaccines come from a global stockpile managed by Gavi.

Malawi's Health Minister Chifundo Banda said new cases had fallen for the first time in six weeks. "The curve is bending, but it is not broken," Banda told reporters in Lilongwe.

In Tete, Mozambican health officials said cases were still rising in camps for people displaced by the floods along the Zambezi River.

== expected
PLACE	Mozambique
PLACE	Malawi
PLACE	Tete|Tete province
PLACE	Nsanje
PLACE	Chikwawa
ORGANISATION	World Health Organization|WHO
ORGANISATION	Gavi
PERSON	Chifundo Banda
PLACE	Lilongwe
PLACE	Zambezi|Zambezi River

== subjects
medtop:07000000	health
medtop:20000446	diseases and conditions
