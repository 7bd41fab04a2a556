headline: Kazakh drama 'Steppe Wind' takes top prize at Busan festival
caption: Jury members pose before the closing ceremony at the Busan Cinema Center
credit: Photo: Lee Ha-eun / Wireline
byline: Wireline East Asia desk
teaser: Tokyo festival line-up announced | Japanese studios return to competition

"Steppe Wind", the festival's opening film by Kazakh director Aizhan Nurlanovna, won the New Currents award for best first or second feature at the Busan International Film Festival on Friday, in a year when Central Asian cinema drew unusual attention in the South Korean city.

Jury president Kenji Watanabe Mori said the film "made a small family's loss feel as wide as the land it is set on". The prize of $30,000 is shared between the director and her producer, the Almaty studio Kazakhfilm.

A second prize for new directors went to Indonesian director Reza Pratama Wijaya for a thriller set among Jakarta's garbage pickers, and Iranian actress Shirin Ahmadi Moghadam won best performance for a film shot in secret in Tehran.

Festival director Park Sung-woo said 142,000 tickets had been sold, the most since before the pandemic, and that the Asian Contents and Film Market had recorded deals worth $18 million.

Busan Mayor Choi Hyun-seok said the city would spend 20 billion won on a new cinema complex in Centum City. Nurlanovna said she would use her prize to finish a documentary about the drying Aral Sea, which she plans to film in Uzbekistan next spring.

== expected
PERSON	Aizhan Nurlanovna
PLACE	Busan
PERSON	Kenji Watanabe Mori
PLACE	Almaty
ORGANISATION	Kazakhfilm
PERSON	Reza Pratama Wijaya
PLACE	Jakarta
PERSON	Shirin Ahmadi Moghadam
PLACE	Tehran
PERSON	Park Sung-woo
PERSON	Choi Hyun-seok
PLACE	Centum City
PLACE	Aral Sea
PLACE	Uzbekistan

== subjects
medtop:01000000	arts, culture, entertainment and media
medtop:20000002	arts and entertainment
medtop:08000000	human interest
medtop:20000498	award and prize
