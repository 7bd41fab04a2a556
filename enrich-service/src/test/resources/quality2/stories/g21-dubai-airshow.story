headline: Emirates orders 65 Boeing jets as Dubai Airshow opens
caption: A display team flies over the Burj Khalifa on the eve of the show
credit: Photo: Omar Haddad / Wireline
byline: Wireline Middle East desk
teaser: Oman signs gas deal | Muscat to supply LNG to Japan for 15 years

Emirates ordered 65 Boeing 777X jets worth about $52 billion at list prices on Monday, the first day of the Dubai Airshow, as Gulf carriers expand to carry more passengers between Europe, Asia and Africa.

Emirates president Richard Alden Hale said the airline needed the planes to replace ageing aircraft at Dubai International Airport from 2027, although delays at Boeing's factory in Everett, Washington, meant some deliveries would be late. Boeing Commercial Airplanes chief executive Karen Lindqvist Moore said the plane would be certified next year.

Rival Airbus won an order for 20 A350 jets from Etihad Airways of Abu Dhabi, and flydubai signed for 30 Airbus A321neo planes in a deal announced by Sheikh Rashid bin Hamdan al-Falasi, who chairs both Dubai airlines.

The United Arab Emirates' General Civil Aviation Authority said passenger traffic through the country's airports rose 9% in the first nine months of the year. Dubai's new Al Maktoum International Airport at Dubai South is due to take over all of Emirates' flights within a decade.

Saudi Arabia's new national carrier, Riyadh Air, said it was in talks with both plane makers, and Turkish Airlines said it expected to finalise an order for 50 Airbus jets before the end of the year.

== expected
ORGANISATION	Emirates
ORGANISATION	Boeing
PLACE	Dubai
PLACE	Europe
PLACE	Asia
PLACE	Africa
PERSON	Richard Alden Hale
PLACE	Dubai International Airport
PLACE	Everett
PLACE	Washington
ORGANISATION	Boeing Commercial Airplanes
PERSON	Karen Lindqvist Moore
ORGANISATION	Airbus
ORGANISATION	Etihad Airways|Etihad
PLACE	Abu Dhabi
ORGANISATION	flydubai|Flydubai
PERSON	Rashid bin Hamdan al-Falasi|Sheikh Rashid bin Hamdan al-Falasi
ORGANISATION	General Civil Aviation Authority
PLACE	United Arab Emirates
PLACE	Al Maktoum International Airport
PLACE	Dubai South
PLACE	Saudi Arabia
ORGANISATION	Riyadh Air
ORGANISATION	Turkish Airlines

== subjects
medtop:04000000	economy, business and finance
medtop:20000170	business information
medtop:20000209	economic sector
