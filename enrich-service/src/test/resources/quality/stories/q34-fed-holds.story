headline: Fed leaves rates unchanged, signals two cuts this year
byline: By Dana Whitaker, Washington

The Federal Reserve held its benchmark rate in a range of 4.25% to 4.5% on Wednesday and signalled that it still expected to cut twice before the end of the year if inflation keeps easing.

Fed Chair Lawrence Whitcombe said at a news conference in Washington that the labour market remained "solid" and that tariffs had pushed up some goods prices. "We can afford to be patient," Whitcombe said.

Two members of the Federal Open Market Committee voted for an immediate cut. Stocks rose on Wall Street after the decision, and the dollar weakened against the yen and the euro.

Treasury Secretary Paul Garrison said in a television interview that the Fed was "behind the curve" and should have cut in March.

The European Central Bank and the Bank of England meet next week.

== expected
ORGANISATION	Federal Reserve|Fed
PERSON	Lawrence Whitcombe
PLACE	Washington
ORGANISATION	Federal Open Market Committee|FOMC
PLACE	Wall Street
PERSON	Paul Garrison
ORGANISATION	European Central Bank|ECB
ORGANISATION	Bank of England

== subjects
medtop:04000000	economy, business and finance
medtop:20000344	economy
