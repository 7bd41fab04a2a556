headline: Busan film festival opens with Kazakh drama as Asian cinema gathers
caption: Actors arrive on the red carpet at the Busan Cinema Center
credit: Photo: Lee Ha-eun / Wireline
byline: Wireline East Asia desk
teaser: Shanghai box office slump | Chinese studios delay summer releases

The Busan International Film Festival opened in the South Korean port city of Busan on Wednesday with the premiere of "Steppe Wind", a drama by Kazakh director Aizhan Nurlanovna about a shepherd family forced off its land, as the festival marks its 30th edition with a record 280 films from 64 countries.

Thousands of fans lined the streets of Haeundae for the opening ceremony, where festival director Park Sung-woo said Asian film-makers had "never had more stories to tell or fewer cinemas to show them in".

The festival's main competition includes films from Iran, the Philippines and Vietnam, as well as three South Korean features backed by CJ ENM and the Korean Film Council. Japanese director Kenji Watanabe Mori, whose film about a Fukushima fishing village won the top prize in Venice last month, will lead the jury.

Streaming services Netflix and Coupang Play have both bought Korean titles before the festival for the first time, and the Asian Contents and Film Market, held alongside it, expects more than 2,500 buyers.

Nurlanovna, 34, shot her film in the Almaty region with a crew of 12. "In my country, the land is the family," she told reporters. The festival runs until Oct. 11 at venues across the city.

== expected
PLACE	Busan
PERSON	Aizhan Nurlanovna
PLACE	Haeundae
PERSON	Park Sung-woo
PLACE	Iran
PLACE	Philippines
PLACE	Vietnam
ORGANISATION	CJ ENM
ORGANISATION	Korean Film Council
PERSON	Kenji Watanabe Mori
PLACE	Fukushima
PLACE	Venice
ORGANISATION	Netflix
ORGANISATION	Coupang Play
PLACE	Almaty|Almaty region

== subjects
medtop:01000000	arts, culture, entertainment and media
medtop:20000002	arts and entertainment
