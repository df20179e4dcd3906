import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { de, en, fr } from '../../src/locales/index.js';
import {
  COUNTRY_CODES,
  countryAlpha3,
  countryAuthorityUri,
  LANGUAGE_CODES,
  languageAlpha3,
  languageAuthorityUri,
  VOCABULARIES,
} from '../../src/vocab/index.js';

/**
 * Counts and SHA-256 hashes of every code list, URI table and label table, taken from the object-literal tables
 * the data had before it was packed into delimited strings. Each table must decode to exactly the same entries, in
 * the same order; a change to the data itself (a new upstream version) updates this list in the same commit.
 */
const SNAPSHOT: Readonly<Record<string, readonly [number, string]>> = {
  'en eqf-levels': [8, '51aa2f6f2a325fab453660a5e495d810d1188ea4e21a23d66494e252843743c5'],
  'en qf-ehea-cycles': [4, '16c888d8152f9e808c49b2d77dde55848d9c31613874e030005246dda774a11d'],
  'en isced-fields': [220, '464940e9f88485c18a90152818f8cf5a2f8993bb6224f07d671eccffd3218d2b'],
  'en isced-levels': [9, '38e5e9956d572f1fc9b205ec10d5050ad9aeb5a5b7b478c303cea641c1678bf0'],
  'en countries': [249, '7c8077e4ca5867a04fe627e9174c12e287f12e6b76323740464a6f68745bc51a'],
  'en languages': [184, '6e790cc5ce7a2c16869d30a5fcdb54b2220acaa04838b97329ad27f0eb11f7fe'],
  'en supervision-types': [3, 'f9e62d9fa39383159318a4873b80242df0733fd91bacac1ac9155d112b539dc6'],
  'en supervision-settings': [2, 'd14e23f2d9f47e90df54fa4c981488c89d836d050b8c47c7eecadf8b3c71cd2d'],
  'en stackability-types': [2, '314cd998c12e1a1b6030d85fc3a88149b74b0be03b1e2fef2d0ecc9894c06360'],
  'en assessment-types': [15, '733cf361fc889f375296e587b2efb58b8df036a3df50980e55c98c87337417b5'],
  'en participation-modes': [6, 'b611195e7002760a39212f5d61c0c02e270da79d78668167e0b94599172bde20'],
  'en learning-activity-types': [11, '6b0d1b2c8fdc5eedb68a87a853721d0f1a71b3ad92abd300abe7ccb4eb2dec33'],
  'en learning-settings': [2, 'f1768fc9bfd3efe26427c259263bb9931c18f78be4651f1d24b97379134cb266'],
  'en learning-schedule-types': [3, '7d6f875e3e8986b1f05b1e598c588956004b80615704fd1bc2a9c2d087cc925e'],
  'en learning-opportunity-types': [12, '4810b9fc2166db15017b3171ce43a5c576a9be7aac372d880c443343d63fe355'],
  'en target-groups': [20, 'b778455299116cf92660e33915ea9fb22dd910617c466f56e4c9c054bdb34660'],
  'en qa-types': [6, 'b3e1b16d4f7240c985dbe57a8ad52bdca13dcf64d6e657ece1b9ab42e3c7ca1f'],
  'en skill-types': [2, '6139923cae57f1d1512bf19fbb2425d67e71429b1c895dce041332660b63a7ac'],
  'en skill-reuse-levels': [4, '3baff01263144b73b49f277b499962de24c187e3853a8424044bf5320ddd50c9'],
  'en credential-types': [5, '088f3ab6192af189ed6e0d748362f28d992f3e77a7e55a13fdb30641b8107339'],
  'en credit-systems': [2, '689d86d1328b1085e51da1897cd036bc5e7ea142fccc246a7f9f4cb2da00a804'],
  'en credit-units': [6, '46491601b24c130c5379e1a3c6d11d0cb9b9c4508f9f48e425b3e2ef34ccba24'],
  'de eqf-levels': [8, '9ca1f8abcba11770970dfbf4615f577ed66e07e4c6209b7acf9544ee9daa87f5'],
  'de qf-ehea-cycles': [4, '12bdd2c350dc2a8d75a32f27433aaa516d9fb85120c93d08acbe6e5904dad440'],
  'de isced-fields': [220, '157c958a66428d24ece6352e82073b94f493ea6110926ea6ac1ac0404a2cdd2f'],
  'de isced-levels': [9, '3c35d0eac40cb59045d64c25759a343cd478cafb511106df344856af1f38f643'],
  'de countries': [249, '6ea41b6164ab3210ab9e322445073a4eaa8f0fde9f21a24a1f86db571eacfc6a'],
  'de languages': [184, '157404f3470a46943618868d780218ac25bb1c0ba93a914df599927421b3beec'],
  'de supervision-types': [3, '757b18b2cbb30321fd32e737567dd73f390abb5e0792758b1016192e66eec768'],
  'de supervision-settings': [2, 'b9fc3bd43bc994004e44a7db3939ce6d7367b93f037595ff967ef7f1d91b5811'],
  'de stackability-types': [2, 'ee8ff44cd3ecbb2e0c0fa1bb1bf0a692db25febfcf6618a4a20ed51c73b887e2'],
  'de assessment-types': [15, '600b90bdd220bed7597be4d6d6f1416bb1754a3b6ae31b55518a30ea0bb5dee2'],
  'de participation-modes': [6, '58a403bac42e9af70b0dbe552021b3214e28028e2b65e9741ccaf1fc4f335e66'],
  'de learning-activity-types': [11, '07f78b17298b3cea79c302f9b2813aba68c68a703fe3a2553804a72bd14fbe0f'],
  'de learning-settings': [2, '360cae3a70dd0c90592aa190fe4a91d6a6fcbee25f1db3ff44b6ece07a332f38'],
  'de learning-schedule-types': [3, '123925e099f496db26d65ed80be5943e9a0517578e865f92a56e9455d0a22d5c'],
  'de learning-opportunity-types': [12, 'dc4842217c186a49340d96614899fec7902a2d33f86ff87d09e173282015edc0'],
  'de target-groups': [20, '0f4c53e461e39146a3c335d800045e530001f970c176122d7d20b0b85fa14c25'],
  'de qa-types': [6, 'fa8a47ed85dc7e881fb471f6493056debf7b316ae466f639a49407a52ef9fef3'],
  'de skill-types': [2, '78fba20a6c9610baf564511b02d337c956326c0ac8d022f87286903cae5a4278'],
  'de skill-reuse-levels': [4, 'f77767b9d4f7de6b35a883a176eaf0b8bfeb79f70a2ed5e05eb1b91e2799d578'],
  'de credential-types': [5, '01d4e837b9c4a8ce882d2ca8171b96b78cf43946e4d0e3c671d39624de24dc75'],
  'de credit-systems': [2, '701e7e2e1c164e05ad4a750286b8f37217dee5d32db9e436968e16d413f0c4f3'],
  'de credit-units': [6, '8d51e973da179b784b4b628fd8e523b9b068c9a5ffae8099ad0bc2546db0f672'],
  'fr eqf-levels': [8, '9ca1f8abcba11770970dfbf4615f577ed66e07e4c6209b7acf9544ee9daa87f5'],
  'fr qf-ehea-cycles': [4, 'b8a25ce2c82f9f81fa34af534a2b3eb6969c7469fdedd338ce6d3bb48887729e'],
  'fr isced-fields': [220, 'a1b78d5acef94845e5529c6efa7ddae415ebf42626398303e1ba4e475b72e7af'],
  'fr isced-levels': [9, '641a37671a4fddd4cd92680ad2ca129769ca718ff66364f1865a07f1ce8d2f06'],
  'fr countries': [249, '872820834f0e1f2779ac13097a7139985a9c42a1d601f74f7ec36254c8a0ca6f'],
  'fr languages': [184, '50c4ce3052e810650c6a39283b7f09dca5e47cdfaa2b2c836cd889b295e1ea34'],
  'fr supervision-types': [3, '6eb2ce4b2ee3f1495092dcee2e2a4db17898335aa6ed909b3e18be8aef8f94ca'],
  'fr supervision-settings': [2, 'fe82380577d63f25b04ec69b160cb914594320c831ebb5c51741cf6011499bcc'],
  'fr stackability-types': [2, 'c0ec8afbae2f471293a91168623ce4163a104a2869475c48b622442aea3734bf'],
  'fr assessment-types': [15, 'ff625dfcd8101f5ff3d9eb826802d933fbab2432f0f38b7485cb83e70645e67b'],
  'fr participation-modes': [6, 'b79da33d8256e5c8aaaf75b634d2fff27ad68be755a9077bee121372abb82f56'],
  'fr learning-activity-types': [11, 'a73da092ee1e1cd4804ae52eec63eef17ed8185e332eef9979d65f0406da4a69'],
  'fr learning-settings': [2, '7b90f778dbad19cfb3b0ef75a73ddda3f8c4bf2623415a71acc8d154569d7362'],
  'fr learning-schedule-types': [3, '41f7d20815488c0006580dd5d113980907356d4dd007b57628662f92e4f1d1bc'],
  'fr learning-opportunity-types': [12, 'c2099333a70eff0f85b57a135e3894c6618bae58fd9f776eda73cc3e6a9a4e1d'],
  'fr target-groups': [20, '52166c90dc7b71d6473c1e7ad05ec848685873caa2047881dc4a49e95e68aca1'],
  'fr qa-types': [6, '53e122595a0964e0a05787e87791ceae18c919a6bf85773c163c80da1ac26162'],
  'fr skill-types': [2, 'a062f53cd77c02756a0f1f57cd2ab8b1e2bc6192686ce50eca60562da696c03a'],
  'fr skill-reuse-levels': [4, 'e501d68a94bbebf0153fc8dc6ae2b2bc93b1ef076cda2146ccd07619639dbfdc'],
  'fr credential-types': [5, 'cea34fe510859d97be2119bd54067c5966c29be6332f35f293a5a3abe961b913'],
  'fr credit-systems': [2, 'a7d20abdebbde554281367a8e2ae685dd524b5ba7dd8298274972b616bfc838a'],
  'fr credit-units': [6, 'b38ea728ad6a7de8331597b6d81178a42eba3e764e69ef84c8af58f664ad8624'],
  'codes eqf-levels': [8, 'b2ddd6543011e658aaebc223b42021e89fa9a18bd1f2207f6cb68e73ca5688b3'],
  'codes isced-fields': [220, 'cd22da63ad3ade0f0aef9f9cd057b4c05ed360e48bfccc6263f534b0a7c9d914'],
  'codes countries': [249, 'bad3b0ab6d1073f237d176df4d3ec9297269c1c13c73f714c0736a87912b1523'],
  'codes languages': [184, 'fd62827dad93e61aa569fa5a12c48b580190ce655431c5cc72161959f2fb2d35'],
  'codes supervision-types': [3, '3762a6ea147dacba503538c3e7d8253516f43a75cbc3e97a0fa86d74b483c925'],
  'uris supervision-types': [2, 'f7cceb8b95b7a6abe9cba1138d9c9d012d0023b2685228959aadb9f73124001e'],
  'codes assessment-types': [15, 'e49db63a658d06fbc7efa24669d594f3f7f167bfe951d0f4130dcb7019ce95f4'],
  'uris assessment-types': [14, 'dc39a2aa185967b4582428a55b1c3152b87b2b87b1ba8a0ebb71925878b6cf56'],
  'codes participation-modes': [6, '743cb7682aa164a738d85d9d415317a09f91eaddac5275eba2f45de7f4dc42fc'],
  'uris participation-modes': [6, '22c8506af16b42cb22b175c6753cf12fc1cd1cd923cabce2f83c0ef51f6bb186'],
  'codes learning-activity-types': [11, '07728f4c64ac625c18705b44c34b67ba1c5ffe064b6833523de54ae52d19fda0'],
  'uris learning-activity-types': [11, '1ffa23754d8cfc808a256c44a07ebe2a0efe3718f0371b518cd895e1cfa7c1ac'],
  'codes learning-settings': [2, '08ee9b5440920118fc64b472228ceb3ed8d92861b8fe071afb9e46929793d19e'],
  'uris learning-settings': [2, '60ec4d9b03103631001509e3ee6b74b11c64faef707d498c6ea7bea649cf2679'],
  'codes learning-schedule-types': [3, '9e9312e520d1d7bb462012c81e5a184462aed88254be8ba4ac55da44a4ddd4e4'],
  'uris learning-schedule-types': [3, '5bfd77558e8e03c43a9bd475e843d9cd42fa049a45b324ad0e287969cb84ec0f'],
  'codes learning-opportunity-types': [12, '79fb244dde2e1b8a4ce0c1446659d9d0d369c416d93ba0b2eca13f2ee6d3bff4'],
  'uris learning-opportunity-types': [12, 'd1f8e114c2c0b0817c73b34b143be91e8df11d65dce65d22f32881806eca45de'],
  'codes target-groups': [20, 'a59760b5d34fcf3cf616616783455eb093a00d9712c4e719601ccc449915779a'],
  'uris target-groups': [20, 'c0843048ea8349ffe544f2a425b436f46185f014073209a67d8d101f09801616'],
  'codes qa-types': [6, '68da3b703f34995af6c7667249f149d0ddbd149f6385742026047bb83711b751'],
  'uris qa-types': [4, '9bd931113dc2a31d8edf40f1039d07fb93759d88554e13402314474bb279380e'],
  'codes skill-types': [2, '7ae341c2fa6d9a59eda416a87857515857fb3c3e4e5341528833cc15f949fd2d'],
  'uris skill-types': [2, '88496b27dfcff1951ca475782b0a5d53d49c31b41b0ca0fd808e059892735164'],
  'codes skill-reuse-levels': [4, '3a00a41ebaddf5e904e3f2402b428a22c1b92a7045598a78685cc44829ad3070'],
  'uris skill-reuse-levels': [4, '25686cce03cc806f3c07ae4fd697c1c5699caefe699ed28540c09c1d7c1eab4c'],
  'codes credential-types': [5, 'dc110a4b499b35ce21d60d88d19c2bc321a2eeffa7f6568ab6e47ab4da76e9cb'],
  'uris credential-types': [5, '821a9201a8fc244c1999515fb65425288262285eb05611010e0faa00c6f62746'],
  'codes credit-systems': [2, 'dd5d3eb55f2aed155cc8ac6318d2896f71d382a9253bfc43395c832be7fc22ff'],
  'uris credit-systems': [2, 'b928aa0e7247dfd8107a6be4787891fb456813fb1f4f4b664feaaa14c17e740a'],
  'alpha3 countries': [249, 'db05997d36a857181017a386d68a60e93fde852247a014e28ebd9633447739e7'],
  'alpha3 languages': [184, 'ce7392ade3865112f99ab844a16d49b5cc0eaa36089f19c373e76302c58d1b05'],
};

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function current(): Record<string, readonly [number, string]> {
  const out: Record<string, readonly [number, string]> = {};
  for (const catalogue of [en, de, fr]) {
    for (const [list, labels] of Object.entries(catalogue.vocabulary)) {
      out[`${catalogue.locale} ${list}`] = [Object.keys(labels).length, hash(Object.entries(labels))];
    }
  }
  for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
    out[`codes ${name}`] = [vocabulary.codes.length, hash(vocabulary.codes)];
    if ('uris' in vocabulary) {
      out[`uris ${name}`] = [Object.keys(vocabulary.uris).length, hash(Object.entries(vocabulary.uris))];
    }
  }
  const countries = COUNTRY_CODES.map((c) => [c, countryAlpha3(c) ?? null, countryAuthorityUri(c) ?? null]);
  const languages = LANGUAGE_CODES.map((c) => [c, languageAlpha3(c) ?? null, languageAuthorityUri(c) ?? null]);
  out['alpha3 countries'] = [COUNTRY_CODES.length, hash(countries)];
  out['alpha3 languages'] = [LANGUAGE_CODES.length, hash(languages)];
  return out;
}

describe('packed vocabulary data', () => {
  const tables = current();

  it('has the same tables as before it was packed', () => {
    expect(Object.keys(tables).sort()).toEqual(Object.keys(SNAPSHOT).sort());
  });

  it.each(Object.keys(SNAPSHOT))('decodes %s to the same entries, in the same order', (name) => {
    expect(tables[name]).toEqual(SNAPSHOT[name]);
  });
});
