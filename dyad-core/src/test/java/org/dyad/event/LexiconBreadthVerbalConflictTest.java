package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words of verbal conflict and reduced relations (CAMEO 09-13 and 16) beyond the few each family began with:
 * what wire editors write for investigating, demanding, criticising, accusing, complaining, suing, rejecting,
 * defying, threatening and cutting ties, aid or talks. Each sentence must give the expected "SOURCE CODE TARGET"
 * (or "SOURCE CODE" where the target is not a country); the last test guards the readings the broad words must
 * not make up.
 */
class LexiconBreadthVerbalConflictTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The European Commission will scrutinise Hungary's use of EU funds.                 | EUCOM 090 HUN
            The International Atomic Energy Agency will reopen its investigation into Iran's nuclear sites. | IAEA 090 IRN
            Opposition parties in Kenya are agitating for the removal of the electoral commission. | KENOPP 100 KENGOV
            The US pressured Israel to allow more aid into Gaza.                               | USA 100 ISR
            Canada called for sanctions against Iran over human rights abuses.                 | CAN 113 IRN
            Greece's foreign minister called for EU sanctions against Turkey.                  | GRCGOV 113 TUR
            Lithuania is pushing for an embargo on Russian gas.                                | LTU 113 RUS
            The British government ordered a review into the sale of arms to Saudi Arabia.    | GBRGOV 090 SAU
            """)
    void investigationsAndDemands(String sentence, String expected) {
        assertThat(dyads(sentence)).anyMatch(d -> d.startsWith(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            France disagreed with Washington over the Iran sanctions.                  | FRA 110 USAGOV
            France took issue with Washington over the submarine deal.                 | FRA 110 USAGOV
            The Kremlin questioned the legitimacy of the Ukrainian president.          | RUSGOV 111 UKRGOV
            US President Donald Trump called the British ambassador a fool.            | USAELI 111 GBRGOV
            China described the visit by the US speaker as a serious provocation.      | CHN 111
            The Iranian foreign minister mocked the United States over its failed policy. | IRNGOV 111 USA
            Turkish President Erdogan ridiculed the European Union over its migration policy. | TURGOV 111 EU
            Beijing tore into Washington over the new export controls.                 | CHNGOV 111 USAGOV
            Germany's chancellor took aim at China over its trade practices.           | DEUGOV 111 CHN
            India was highly critical of Pakistan over the attack.                     | IND 111 PAK
            Trump bashed China over trade.                                             | USAELI 111 CHN
            The French president launched a scathing attack on the Israeli government. | FRAGOV 111 ISRGOV
            Beijing expressed anger at the US arms sale to Taiwan.                     | CHNGOV 111 USA
            Biden confronted Xi over human rights in Xinjiang.                         | USAGOV 111 CHNGOV
            Kyiv implicated Moscow in the assassination of the blogger.                | UKRGOV 112 RUSGOV
            Britain attributed the cyberattack to Russia.                              | GBR 112 RUS
            The Polish foreign ministry called in the Russian ambassador on Monday.    | POLGOV 114 RUSGOV
            Ukraine hauled in the Hungarian ambassador after the remarks.              | UKR 114 HUNGOV
            Beijing registered a strong protest with Tokyo.                            | CHNGOV 114 JPNGOV
            Japan delivered a protest to China over the incursion.                     | JPN 114 CHN
            Gambia brought a case against Myanmar at the International Court of Justice. | GMB 115 MMR
            The European Commission launched infringement proceedings against Poland.  | EUCOM 115 POL
            Ecuador dragged Mexico to the International Court of Justice.              | ECU 115 MEX
            """)
    void disapproval(String sentence, String expected) {
        assertThat(dyads(sentence)).anyMatch(d -> d.startsWith(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Kremlin ruled out talks with Ukraine.                          | RUSGOV 12
            Hungary scuppered the EU deal on Ukraine aid.                      | HUN 120
            Moscow derailed the peace talks with Kyiv.                         | RUSGOV 120 UKRGOV
            Tehran reiterated its opposition to the US plan.                   | IRNGOV 120 USA
            Iran slammed the door on talks with the United States.             | IRN 12
            The United States and South Korea failed to reach agreement on the trade deal. | KOR 120 USA
            Russia called off talks with Japan over the peace treaty.          | RUS 125 JPN
            Washington backed out of the deal with Tehran.                     | USAGOV 127 IRNGOV
            North Korea disobeyed the UN Security Council resolutions.         | PRK 128
            Iran circumvented US sanctions by selling oil to China.            | IRN 128
            Hungary pushed back against the demands of Brussels.               | HUN 120 EU
            Serbia obstructed the investigation by the European Union.         | SRB 120 EU
            Brussels withstood pressure from Washington.                       | EU 120 USAGOV
            """)
    void rejection(String sentence, String expected) {
        assertThat(dyads(sentence)).anyMatch(d -> d.startsWith(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hezbollah vowed to retaliate against Israel.                  | HZB 138
            Turkey rattled its sabre at Greece over the islands.          | TUR 138 GRC
            Hamas swore revenge on Israel for the killing of its leader.  | HMS 138 ISR
            Seoul put Pyongyang on notice.                                | KORGOV 130 PRKGOV
            """)
    void threats(String sentence, String expected) {
        assertThat(dyads(sentence)).anyMatch(d -> d.startsWith(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            China curtailed cooperation with the United States on climate. | CHN 160 USA
            Lithuania downgraded diplomatic ties with China.               | LTU 161 CHN
            Russia froze ties with Moldova after the vote.                 | RUS 161 MDA
            Morocco ended diplomatic relations with Iran.                  | MAR 161 IRN
            Argentina closed its embassy in Nicaragua.                     | ARG 161 NIC
            The United States slashed aid to Egypt over the crackdown.     | USA 162 EGY
            Germany withheld funding from UNRWA.                           | DEU 1621 UNRWA
            The European Union blacklisted Russian banks.                  | EU 163 RUSBUS
            Washington levied tariffs on Chinese steel.                    | USAGOV 163 CHN
            China announced punitive measures against Taiwanese firms.     | CHN 163 TWNBUS
            Palestinian negotiators broke off talks with Israel.           | PSEGOV 164 ISR
            Israel pulled out of the negotiations with Hamas in Doha.      | ISR 164 HMS
            North Korea quit the talks with the United States.             | PRK 164 USA
            Niger kicked out the French ambassador.                        | NER 166 FRAGOV
            Mali ejected the UN peacekeepers.                              | MLI 1661 UNO
            Iran barred UN inspectors from the Fordow site.                | IRN 1662 UNO
            Trump tore up the nuclear deal with Iran.                      | USAELI 166 IRN
            Washington walked away from the nuclear deal with Iran.        | USAGOV 166 IRN
            Russia declared the Estonian ambassador persona non grata.     | RUS 166 ESTGOV
            """)
    void reducedRelations(String sentence, String expected) {
        assertThat(dyads(sentence)).anyMatch(d -> d.startsWith(expected));
    }

    @ParameterizedTest(name = "{0} is no {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Iraqi air force attacked positions of the Islamic State.   | 11
            Biden called the Japanese prime minister a close friend.       | 11
            The minister described the talks as constructive.              | 11
            The army rounded up dozens of protesters in Dhaka.             | 11
            Israeli forces shot down a drone over the Golan Heights.       | 12
            The Supreme Court ruled on Tuesday that the law was valid.     | 12
            Police failed to stop the attack in Kabul.                     | 12
            Vladimir Putin ordered his troops to advance on Kiev.          | 10
            """)
    void broadWordsMakeUpNoConflict(String sentence, String root) {
        assertThat(dyads(sentence)).noneMatch(d -> d.split(" ")[1].startsWith(root));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream().map(EventDyads::of).toList();
    }
}
