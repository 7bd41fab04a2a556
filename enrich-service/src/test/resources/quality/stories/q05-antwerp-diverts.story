headline: Antwerp takes diverted ships as Rotterdam strike drags on
caption: Container ships wait at anchor off the Dutch coast
credit: Photo: Bram Claes / Wireline

The port of Antwerp-Bruges said on Wednesday it had taken in 14 container ships diverted from Rotterdam, where a strike by dockworkers entered its third day with no talks scheduled.

Port of Antwerp-Bruges spokeswoman Ilse Wouters said yards were at 90% of capacity and that the port could not take many more vessels without risking congestion of its own.

In Rotterdam, the FNV union said its members would stay out until terminal operators improved their pay offer. Union negotiator Marloes Dekker accused employers of "waiting for the Belgians to break the strike for them".

The Port of Rotterdam Authority estimated that the stoppage was costing the Dutch economy about 60 million euros a day. Retailers in Germany, which depends on Rotterdam for much of its imports, warned of gaps on shelves within a fortnight.

Belgian dockworkers' unions said they would not handle cargo "that belongs in Rotterdam" beyond normal shifts.

== expected
PLACE	Antwerp
PLACE	Rotterdam
PLACE	Netherlands
PLACE	Germany
PLACE	Belgium
ORGANISATION	Port of Antwerp-Bruges
ORGANISATION	FNV|FNV union
ORGANISATION	Port of Rotterdam Authority
PERSON	Ilse Wouters
PERSON	Marloes Dekker

== subjects
medtop:04000000	economy, business and finance
medtop:20000209	economic sector
medtop:09000000	labour
medtop:20000524	labour relations
