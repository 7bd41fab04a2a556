headline: Dockworkers walk out at Rotterdam as pay talks collapse
caption: Idle cranes at the Maasvlakte container terminal in Rotterdam, the Netherlands, on March 3
credit: Photo: Sanne Vermeer / Wireline
byline: Wireline Benelux desk

Thousands of dockworkers at the Port of Rotterdam stopped work on Monday after talks with terminal operators over pay and night shifts broke down, halting container traffic at Europe's largest port.

The FNV union, which represents most crane drivers and lashers, said the strike would last at least 48 hours. Union negotiator Marloes Dekker told reporters that operators had offered a raise below inflation for the third year running.

"Our members keep the country supplied, and they are asked to do it for less every year," Dekker said outside the union's offices in the Waalhaven district.

The Port of Rotterdam Authority said about 40 vessels were waiting at anchor in the North Sea. Shipping line Maersk told customers to expect delays of up to a week on routes to Northern Europe.

Economy Minister Joost Verhagen urged both sides to return to the table and offered the services of a government mediator.

== expected
PLACE	Rotterdam
PLACE	Europe
PLACE	Waalhaven|Waalhaven district
PLACE	North Sea
PLACE	Northern Europe
PLACE	Port of Rotterdam
ORGANISATION	FNV|FNV union
ORGANISATION	Port of Rotterdam Authority
ORGANISATION	Maersk
PERSON	Marloes Dekker
PERSON	Joost Verhagen

== subjects
medtop:09000000	labour
medtop:20000524	labour relations
medtop:20000536	unions
