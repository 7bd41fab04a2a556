headline: Ukraine orders evacuation of frontline villages in Kharkiv region
caption: Residents board an evacuation bus in Kupiansk
credit: Photo: Dmytro Koval / Wireline

Ukrainian authorities ordered the mandatory evacuation of families with children from 37 villages in the Kharkiv region on Tuesday as Russian forces pressed an offensive towards the town of Kupiansk.

Kharkiv Oblast governor Serhiy Tkachenko said about 2,600 people, including 400 children, would be moved to the city of Kharkiv and further west. "Staying means living under guided bombs every day," Tkachenko said.

The General Staff of the Armed Forces of Ukraine said its troops had repelled 28 attacks near Kupiansk and Vovchansk in the past day. The Institute for the Study of War (ISW), a Washington-based think tank, said Russian units had made small gains north of the Oskil River.

Russia's defence ministry claimed the capture of a village near the border with Belgorod Oblast, which Ukrainian officials denied.

== expected
PLACE	Ukraine
PLACE	Kharkiv Oblast|Kharkiv region
PLACE	Russia
PLACE	Kupiansk
PERSON	Serhiy Tkachenko
PLACE	Kharkiv
ORGANISATION	General Staff of the Armed Forces of Ukraine|General Staff
ORGANISATION	Armed Forces of Ukraine
PLACE	Vovchansk
ORGANISATION	Institute for the Study of War|ISW
PLACE	Washington
PLACE	Oskil River|Oskil
PLACE	Belgorod Oblast|Belgorod region

== subjects
medtop:16000000	conflict, war and peace
medtop:20000056	armed conflict
medtop:03000000	disaster, accident and emergency incident
medtop:20000168	emergency response
