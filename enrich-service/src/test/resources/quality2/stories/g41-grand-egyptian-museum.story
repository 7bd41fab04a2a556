headline: Grand Egyptian Museum puts Tutankhamun's chariots on show for the first time
caption: Visitors photograph a statue of Ramses II in the museum's atrium
credit: Photo: Nour el-Sherif / Wireline
byline: Wireline Middle East desk
teaser: Petra visitor numbers recover | Jordan tourism board hails European return

The Grand Egyptian Museum near the Giza pyramids opened its last galleries on Saturday, putting all six of Tutankhamun's chariots on display together for the first time since the tomb was found in the Valley of the Kings more than a century ago.

The museum, which cost more than $1 billion and took two decades to build, now shows more than 50,000 objects, including the boy king's gold mask, which was moved from the Egyptian Museum in Tahrir Square last year. Chief curator Yasmin el-Sayed Mansour said the chariots had been restored over eight years in laboratories under the building.

"For the first time a visitor can walk from the hunting chariot to the burial mask and see one life," el-Sayed said.

Minister of Tourism and Antiquities Sherif Abdel Fattah Hegazy said the government expected 5 million visitors a year and would open a new metro line and a light-rail link from Cairo and Sphinx International Airport by the summer. The Japan International Cooperation Agency, which lent most of the money for the project, sent a delegation from Tokyo to the opening.

Archaeologists at the American University in Cairo and the University of Oxford have worked with the museum on a digital archive of Howard Carter's excavation notes. UNESCO's regional director praised the conservation work.

== expected
PLACE	Grand Egyptian Museum
PLACE	Giza|Giza pyramids
PLACE	Valley of the Kings
PERSON	Tutankhamun
PLACE	Egyptian Museum
PLACE	Tahrir Square
PERSON	Yasmin el-Sayed Mansour
PERSON	Sherif Abdel Fattah Hegazy
PLACE	Cairo
PLACE	Sphinx International Airport
ORGANISATION	Japan International Cooperation Agency|JICA
PLACE	Tokyo
ORGANISATION	American University in Cairo
ORGANISATION	University of Oxford
PERSON	Howard Carter
ORGANISATION	UNESCO

== subjects
medtop:01000000	arts, culture, entertainment and media
medtop:20000038	culture
medtop:20000002	arts and entertainment
