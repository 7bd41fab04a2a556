headline: Rotterdam dockworkers end strike after wage deal
caption: Trucks queue to enter the Maasvlakte terminals after the strike ended
credit: Photo: Sanne Vermeer / Wireline

Dockworkers at the Port of Rotterdam returned to work on Saturday after the FNV union and terminal operators agreed a two-year contract with a 7.5% pay rise and extra pay for night shifts.

The deal, reached after 30 hours of talks led by government mediator Wim Bosman, ends a six-day strike that left dozens of container ships waiting in the North Sea and diverted traffic to Antwerp and Hamburg.

Union negotiator Marloes Dekker called the agreement "a fair result that nobody should have needed a strike for". Dekker said members would vote on it next week.

The Port of Rotterdam Authority said it expected to clear the backlog within ten days. Economy Minister Joost Verhagen thanked both sides and said the government would review how port disputes are mediated.

== expected
PLACE	Rotterdam
PLACE	Port of Rotterdam
ORGANISATION	FNV|FNV union
PERSON	Wim Bosman
PLACE	North Sea
PLACE	Antwerp
PLACE	Hamburg
PERSON	Marloes Dekker
ORGANISATION	Port of Rotterdam Authority
PERSON	Joost Verhagen

== subjects
medtop:09000000	labour
medtop:20000524	labour relations
medtop:20000536	unions
