headline: Chepkoech wins Kenyan trials in Eldoret as world champion pulls out
caption: Runners climb through the forest above Iten during training
credit: Photo: Brian Mutua / Wireline
byline: Wireline Africa desk
teaser: Ethiopia names marathon squad | Addis Ababa federation picks three debutants

Faith Chepkoech won the women's 10,000 metres at the Kenyan trials in Eldoret on Saturday, beating a field without world champion Mercy Wanjala, who withdrew on the eve of the race with a hamstring injury.

Chepkoech, 21, ran 30 minutes 41 seconds at the Kipchoge Keino Stadium, more than 2,000 metres above sea level, and finished four seconds ahead of Beatrice Jelagat. Both were named in Kenya's team for the world championships in Tokyo.

"At this altitude you do not run for the clock, you run for the place," said Chepkoech, who trains with a group in the Rift Valley under coach Peter Kiptanui Rotich. "Next time I want to race Mercy when she is fit."

Athletics Kenya said Wanjala would keep her place because, as the defending champion, she has a wild card from World Athletics. Federation president Daniel Kibet Rono said a doctor would examine her in Nairobi next week.

The trials were held under new testing rules agreed with the Athletics Integrity Unit after a string of doping bans. Officials from the Anti-Doping Agency of Kenya collected samples from every finalist.

== expected
PERSON	Faith Chepkoech
PLACE	Eldoret
PERSON	Mercy Wanjala
PLACE	Kipchoge Keino Stadium
PERSON	Beatrice Jelagat
PLACE	Kenya
PLACE	Tokyo
PLACE	Rift Valley
PERSON	Peter Kiptanui Rotich
ORGANISATION	Athletics Kenya
ORGANISATION	World Athletics
PERSON	Daniel Kibet Rono
PLACE	Nairobi
ORGANISATION	Athletics Integrity Unit|AIU
ORGANISATION	Anti-Doping Agency of Kenya|ADAK

== subjects
medtop:15000000	sport
medtop:20001108	sport event
