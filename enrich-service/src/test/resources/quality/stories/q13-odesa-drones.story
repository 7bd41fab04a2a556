headline: Russian drones hit power plant near Odesa, cutting electricity to 200,000
caption: Firefighters work at the damaged substation, in this picture released by the State Emergency Service
credit: Photo: State Emergency Service of Ukraine / handout

A swarm of Russian attack drones struck a thermal power plant and two substations in the Odesa region overnight, leaving about 200,000 households without electricity, Ukraine's energy ministry said on Thursday.

Ukraine's air force said it had shot down 61 of 84 Shahed-type drones launched from Russia's Kursk Oblast and from occupied Crimea. Debris injured three people in the port city of Izmail on the Danube.

Ukrenergo, the national grid operator, introduced scheduled blackouts in Odesa and Mykolaiv. Its chief executive, Oksana Hrytsenko, said repairs would take "at least a week, if no new strikes come".

President Volodymyr Zelensky called on allies to speed up deliveries of air defence systems. "Every battery we do not have is a city in the dark," Zelensky said in his nightly address.

The Russian Defence Ministry said it had hit "energy facilities used by the Ukrainian military".

== expected
PLACE	Russia
PLACE	Odesa
PLACE	Odesa Oblast|Odesa region
PLACE	Ukraine
PLACE	Kursk Oblast
PLACE	Crimea
PLACE	Izmail
PLACE	Danube
ORGANISATION	Ukrenergo
PLACE	Mykolaiv
PERSON	Oksana Hrytsenko
PERSON	Volodymyr Zelensky|Volodymyr Zelenskyy
ORGANISATION	Russian Defence Ministry|Russian Defense Ministry

== subjects
medtop:16000000	conflict, war and peace
medtop:20000056	armed conflict
