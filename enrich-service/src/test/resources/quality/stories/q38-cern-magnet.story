headline: CERN tests magnet for planned successor to Large Hadron Collider
caption: Engineers inspect the prototype magnet at CERN near Geneva
credit: Photo: CERN

Physicists at CERN said on Thursday they had successfully tested a 14-tesla superconducting magnet, a key component for the Future Circular Collider, the proposed 91-kilometre successor to the Large Hadron Collider.

The magnet was built with the Fermi National Accelerator Laboratory in the United States and the Paul Scherrer Institute in Switzerland. Project leader Dr. Mireille Fontaine said the test showed the design could work at the temperatures required.

CERN's 24 member states will decide in 2028 whether to fund the machine, which could cost about 17 billion Swiss francs. Germany has said it is not yet convinced.

Fontaine said construction, if approved, would start in the 2030s under farmland on both sides of the border between France and Switzerland, near Geneva.

== expected
ORGANISATION	CERN
ORGANISATION	Fermi National Accelerator Laboratory|Fermilab
PLACE	United States
ORGANISATION	Paul Scherrer Institute
PLACE	Switzerland
PERSON	Mireille Fontaine
PLACE	Germany
PLACE	France
PLACE	Geneva

== subjects
medtop:13000000	science and technology
medtop:20000735	scientific research
medtop:20000756	technology and engineering
