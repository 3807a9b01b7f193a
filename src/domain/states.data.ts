/**
 * UN Member States, observer States and historical members, keyed by ISO 3166-1 alpha-3.
 *
 * Columns: alpha-3 | alpha-2 | UN regional group | UN short name | other names, ';'-separated.
 * Groups are the UN regional groups as they stand today (the USA is not a member of any group but
 * attends WEOG and is counted there for elections; Israel is a WEOG member; Kiribati and Cyprus sit
 * with Asia-Pacific; Türkiye with WEOG). Historical States carry the group of the region they were
 * in. Codes that ISO 3166 never assigned are user-assigned (X..) and marked so.
 * Compiled for Plenary from the UN's list of Member States and regional groups; see docs/DATA.md.
 */
export const STATE_TABLE = `
DZA|DZ|AFRICAN|Algeria|
AGO|AO|AFRICAN|Angola|
BEN|BJ|AFRICAN|Benin|Dahomey
BWA|BW|AFRICAN|Botswana|
BFA|BF|AFRICAN|Burkina Faso|Upper Volta
BDI|BI|AFRICAN|Burundi|
CPV|CV|AFRICAN|Cabo Verde|Cape Verde
CMR|CM|AFRICAN|Cameroon|United Republic of Cameroon
CAF|CF|AFRICAN|Central African Republic|Central African Empire
TCD|TD|AFRICAN|Chad|
COM|KM|AFRICAN|Comoros|
COG|CG|AFRICAN|Congo|Republic of the Congo;Congo - Brazzaville;Congo (Brazzaville)
CIV|CI|AFRICAN|Côte d'Ivoire|Ivory Coast;Cote d'Ivoire
COD|CD|AFRICAN|Democratic Republic of the Congo|Congo - Kinshasa;Congo (Democratic Republic of);Zaire;Congo (Leopoldville);DR Congo;DRC
DJI|DJ|AFRICAN|Djibouti|
EGY|EG|AFRICAN|Egypt|United Arab Republic
GNQ|GQ|AFRICAN|Equatorial Guinea|
ERI|ER|AFRICAN|Eritrea|
SWZ|SZ|AFRICAN|Eswatini|Swaziland
ETH|ET|AFRICAN|Ethiopia|
GAB|GA|AFRICAN|Gabon|
GMB|GM|AFRICAN|Gambia|The Gambia
GHA|GH|AFRICAN|Ghana|
GIN|GN|AFRICAN|Guinea|
GNB|GW|AFRICAN|Guinea-Bissau|
KEN|KE|AFRICAN|Kenya|
LSO|LS|AFRICAN|Lesotho|
LBR|LR|AFRICAN|Liberia|
LBY|LY|AFRICAN|Libya|Libyan Arab Jamahiriya;Libyan Arab Republic
MDG|MG|AFRICAN|Madagascar|
MWI|MW|AFRICAN|Malawi|
MLI|ML|AFRICAN|Mali|
MRT|MR|AFRICAN|Mauritania|
MUS|MU|AFRICAN|Mauritius|
MAR|MA|AFRICAN|Morocco|
MOZ|MZ|AFRICAN|Mozambique|
NAM|NA|AFRICAN|Namibia|
NER|NE|AFRICAN|Niger|
NGA|NG|AFRICAN|Nigeria|
RWA|RW|AFRICAN|Rwanda|
STP|ST|AFRICAN|Sao Tome and Principe|São Tomé & Príncipe;São Tomé and Príncipe
SEN|SN|AFRICAN|Senegal|
SYC|SC|AFRICAN|Seychelles|
SLE|SL|AFRICAN|Sierra Leone|
SOM|SO|AFRICAN|Somalia|
ZAF|ZA|AFRICAN|South Africa|Union of South Africa;South African Republic
SSD|SS|AFRICAN|South Sudan|
SDN|SD|AFRICAN|Sudan|
TGO|TG|AFRICAN|Togo|
TUN|TN|AFRICAN|Tunisia|
UGA|UG|AFRICAN|Uganda|
TZA|TZ|AFRICAN|United Republic of Tanzania|Tanzania;Tanganyika
ZMB|ZM|AFRICAN|Zambia|
ZWE|ZW|AFRICAN|Zimbabwe|
XZA||AFRICAN|Zanzibar|People's Republic of Zanzibar
AFG|AF|APG|Afghanistan|
BHR|BH|APG|Bahrain|
BGD|BD|APG|Bangladesh|
BTN|BT|APG|Bhutan|
BRN|BN|APG|Brunei Darussalam|Brunei
KHM|KH|APG|Cambodia|Democratic Kampuchea;Khmer Republic;Kampuchea
CHN|CN|APG|China|People's Republic of China
CYP|CY|APG|Cyprus|
PRK|KP|APG|Democratic People's Republic of Korea|North Korea;DPRK;Korea, Democratic People's Republic of
FJI|FJ|APG|Fiji|
IND|IN|APG|India|
IDN|ID|APG|Indonesia|
IRN|IR|APG|Iran (Islamic Republic of)|Iran
IRQ|IQ|APG|Iraq|
JPN|JP|APG|Japan|
JOR|JO|APG|Jordan|
KAZ|KZ|APG|Kazakhstan|
KIR|KI|APG|Kiribati|
KWT|KW|APG|Kuwait|
KGZ|KG|APG|Kyrgyzstan|Kyrgyz Republic
LAO|LA|APG|Lao People's Democratic Republic|Laos
LBN|LB|APG|Lebanon|
MYS|MY|APG|Malaysia|Federation of Malaya
MDV|MV|APG|Maldives|Maldive Islands
MHL|MH|APG|Marshall Islands|
FSM|FM|APG|Micronesia (Federated States of)|Micronesia
MNG|MN|APG|Mongolia|
MMR|MM|APG|Myanmar|Burma;Myanmar (Burma)
NRU|NR|APG|Nauru|
NPL|NP|APG|Nepal|
OMN|OM|APG|Oman|
PAK|PK|APG|Pakistan|
PLW|PW|APG|Palau|
PNG|PG|APG|Papua New Guinea|
PHL|PH|APG|Philippines|Philippine Republic
QAT|QA|APG|Qatar|
KOR|KR|APG|Republic of Korea|South Korea;Korea, Republic of
WSM|WS|APG|Samoa|Western Samoa
SAU|SA|APG|Saudi Arabia|
SGP|SG|APG|Singapore|
SLB|SB|APG|Solomon Islands|
LKA|LK|APG|Sri Lanka|Ceylon
SYR|SY|APG|Syrian Arab Republic|Syria
TJK|TJ|APG|Tajikistan|
THA|TH|APG|Thailand|Siam
TLS|TL|APG|Timor-Leste|East Timor
TON|TO|APG|Tonga|
TKM|TM|APG|Turkmenistan|
TUV|TV|APG|Tuvalu|
ARE|AE|APG|United Arab Emirates|UAE
UZB|UZ|APG|Uzbekistan|
VUT|VU|APG|Vanuatu|
VNM|VN|APG|Viet Nam|Vietnam
YEM|YE|APG|Yemen|Yemen Arab Republic
YMD|YD|APG|Democratic Yemen|Yemen People's Republic;People's Democratic Republic of Yemen;Southern Yemen
PSE|PS|APG|State of Palestine|Palestine
TWN|TW|APG|Taiwan|Republic of China
ALB|AL|EEG|Albania|
ARM|AM|EEG|Armenia|
AZE|AZ|EEG|Azerbaijan|
BLR|BY|EEG|Belarus|Byelorussian SSR;Byelorussian Soviet Socialist Republic
BIH|BA|EEG|Bosnia and Herzegovina|Bosnia & Herzegovina
BGR|BG|EEG|Bulgaria|
HRV|HR|EEG|Croatia|
CZE|CZ|EEG|Czechia|Czech Republic
EST|EE|EEG|Estonia|
GEO|GE|EEG|Georgia|
HUN|HU|EEG|Hungary|
LVA|LV|EEG|Latvia|
LTU|LT|EEG|Lithuania|
MNE|ME|EEG|Montenegro|
MKD|MK|EEG|North Macedonia|The former Yugoslav Republic of Macedonia;Former Yugoslav Republic of Macedonia;Macedonia
POL|PL|EEG|Poland|
MDA|MD|EEG|Republic of Moldova|Moldova
ROU|RO|EEG|Romania|
RUS|RU|EEG|Russian Federation|Russia
SRB|RS|EEG|Serbia|Serbia and Montenegro
SVK|SK|EEG|Slovakia|
SVN|SI|EEG|Slovenia|
UKR|UA|EEG|Ukraine|Ukrainian SSR;Ukrainian Soviet Socialist Republic
SUN|SU|EEG|Union of Soviet Socialist Republics|USSR;Soviet Union
YUG|YU|EEG|Yugoslavia|
CSK|CS|EEG|Czechoslovakia|
DDR|DD|EEG|German Democratic Republic|East Germany
ATG|AG|GRULAC|Antigua and Barbuda|Antigua & Barbuda
ARG|AR|GRULAC|Argentina|
BHS|BS|GRULAC|Bahamas|The Bahamas
BRB|BB|GRULAC|Barbados|
BLZ|BZ|GRULAC|Belize|
BOL|BO|GRULAC|Bolivia (Plurinational State of)|Bolivia
BRA|BR|GRULAC|Brazil|
CHL|CL|GRULAC|Chile|
COL|CO|GRULAC|Colombia|
CRI|CR|GRULAC|Costa Rica|
CUB|CU|GRULAC|Cuba|
DMA|DM|GRULAC|Dominica|
DOM|DO|GRULAC|Dominican Republic|
ECU|EC|GRULAC|Ecuador|
SLV|SV|GRULAC|El Salvador|
GRD|GD|GRULAC|Grenada|
GTM|GT|GRULAC|Guatemala|
GUY|GY|GRULAC|Guyana|
HTI|HT|GRULAC|Haiti|
HND|HN|GRULAC|Honduras|
JAM|JM|GRULAC|Jamaica|
MEX|MX|GRULAC|Mexico|
NIC|NI|GRULAC|Nicaragua|
PAN|PA|GRULAC|Panama|
PRY|PY|GRULAC|Paraguay|
PER|PE|GRULAC|Peru|
KNA|KN|GRULAC|Saint Kitts and Nevis|St. Kitts & Nevis;St. Kitts and Nevis
LCA|LC|GRULAC|Saint Lucia|St. Lucia
VCT|VC|GRULAC|Saint Vincent and the Grenadines|St. Vincent & Grenadines;St. Vincent and the Grenadines
SUR|SR|GRULAC|Suriname|Surinam
TTO|TT|GRULAC|Trinidad and Tobago|Trinidad & Tobago
URY|UY|GRULAC|Uruguay|
VEN|VE|GRULAC|Venezuela (Bolivarian Republic of)|Venezuela
AND|AD|WEOG|Andorra|
AUS|AU|WEOG|Australia|
AUT|AT|WEOG|Austria|
BEL|BE|WEOG|Belgium|
CAN|CA|WEOG|Canada|
DNK|DK|WEOG|Denmark|
FIN|FI|WEOG|Finland|
FRA|FR|WEOG|France|
DEU|DE|WEOG|Germany|Federal Republic of Germany;Germany, Federal Republic of
GRC|GR|WEOG|Greece|
ISL|IS|WEOG|Iceland|
IRL|IE|WEOG|Ireland|
ISR|IL|WEOG|Israel|
ITA|IT|WEOG|Italy|
LIE|LI|WEOG|Liechtenstein|
LUX|LU|WEOG|Luxembourg|
MLT|MT|WEOG|Malta|
MCO|MC|WEOG|Monaco|
NLD|NL|WEOG|Netherlands|Kingdom of the Netherlands;Netherlands (Kingdom of the)
NZL|NZ|WEOG|New Zealand|
NOR|NO|WEOG|Norway|
PRT|PT|WEOG|Portugal|
SMR|SM|WEOG|San Marino|
ESP|ES|WEOG|Spain|
SWE|SE|WEOG|Sweden|
CHE|CH|WEOG|Switzerland|
TUR|TR|WEOG|Türkiye|Turkey;Türkýye
GBR|GB|WEOG|United Kingdom of Great Britain and Northern Ireland|United Kingdom;UK;Britain;Great Britain;UK of Great Britain and Northern Ireland
USA|US|WEOG|United States of America|United States;USA;US
VAT|VA||Holy See|Vatican
`;

/** States that are UN Member States today are the rows above minus these. */
export const NOT_CURRENT_MEMBERS: ReadonlySet<string> = new Set([
  'XZA',
  'YMD',
  'TWN',
  'SUN',
  'YUG',
  'CSK',
  'DDR',
  'PSE',
  'VAT',
]);
