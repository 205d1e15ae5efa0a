package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The many words news writers use for material cooperation, aid and yielding (CAMEO 06-08): joint ventures and
 * hand-overs of suspects, supplies, deliveries and debt relief, concessions, lifted sanctions, hostages handed
 * over, pauses in fighting and weapons surrendered. Each sentence must yield its event ("SOURCE CODE TARGET"),
 * and the same words in other senses must yield none of these codes.
 */
class LexiconBreadthMaterialCooperationTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Saudi Arabia and South Korea set up a joint venture to make car batteries.   | SAU 061 KOR
            Qatar shipped liquefied natural gas to Pakistan last month.                    | QAT 061 PAK
            Kenya partnered with China to build the railway.                               | KEN 060 CHN
            Indonesia teamed up with Japan on a new port project.                          | IDN 060 JPN
            The United States sent military advisers to Niger.                             | USA 062 NER
            Spain transferred the suspect to French authorities.                           | ESP 063 FRAGOV
            Britain and Ireland opened a joint investigation into the smuggling ring.      | GBR 063 IRL
            The CIA supplied intelligence to the Ukrainian military.                       | USASPY 064 UKRMIL
            Saudi intelligence tipped off the United States about the plot.                | SAUSPY 064 USA
            Sri Lanka leased the port of Hambantota to China.                              | LKA 061 CHN
            """)
    void cooperationInOtherWords(String sentence, String expected) {
        assertThat(dyads(sentence)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Japan sent humanitarian help to Turkey after the earthquake.                   | JPN 073 TUR
            Washington approved the delivery of Patriot missiles to Kyiv.                  | USAGOV 072 UKRGOV
            The Netherlands transferred F-16 fighter jets to Ukraine.                      | NLD 072 UKR
            Washington provided military equipment to the Philippines.                     | USAGOV 072 PHL
            Britain announced 50 million pounds of humanitarian support for Sudan.         | GBR 073 SDN
            China loaned Sri Lanka 1 billion dollars.                                      | CHN 071 LKA
            India extended a 500 million dollar credit line to Bangladesh.                 | IND 071 BGD
            The IMF released a 700 million dollar tranche to Pakistan.                     | IMF 071 PAK
            The United States and Britain wrote off Ghana's debt.                          | GBR 071 GHA
            Canada announced the cancellation of Haiti's debt.                             | CAN 071 HTI
            The United States guaranteed Israel's loans.                                   | USA 071 ISR
            Turkey organised evacuation flights for its citizens in Sudan.                 | TUR 073 SDNCVL
            The United States stationed 3,000 troops in Poland.                            | USA 074 -
            Germany granted temporary protection to refugees from Ukraine.                 | DEU 075 UKRREF
            Turkey has accommodated nearly four million Syrian refugees.                   | TUR 075 SYRREF
            Germany granted refugee status to 5,000 Afghans.                               | DEU 075 AFG
            Russia provided air cover to Syrian troops.                                    | RUS 074 SYRMIL
            """)
    void aidInOtherWords(String sentence, String expected) {
        assertThat(dyads(sentence)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The government made major concessions to the striking miners.                  | GOV 080 CVL
            Turkey withdrew its objection to Sweden's NATO membership.                     | TUR 080 NATO
            Hungary lifted its veto on the EU aid package for Ukraine.                     | HUN 080 EU
            Washington softened its sanctions on Venezuela.                                | USAGOV 085 VEN
            China slashed tariffs on Australian wine.                                      | CHN 085 AUS
            Moscow announced the reopening of the border with Georgia.                     | RUSGOV 081 GEO
            Georgia resumed flights to Russia.                                             | GEO 081 RUS
            Hamas handed over four hostages to the Red Cross.                              | HMS 0841 ICRC
            Russia and Ukraine traded prisoners on Friday.                                 | UKR 0841 RUS
            Iran returned the seized tanker to Greece.                                     | IRN 0842 GRC
            Iran let IAEA inspectors into the site.                                        | IRN 0862 IAEA
            Venezuela invited EU observers to monitor the election.                        | VEN 0862 EU
            Russia suspended air strikes on Aleppo.                                        | RUS 087 -
            The army called off its offensive against the rebels.                          | MIL 087 REB
            Israel announced a halt to airstrikes in Lebanon.                              | ISR 087 LBN
            The United States announced a drawdown of troops from Iraq.                    | USA 087 IRQ
            The last US troops left Afghanistan in August.                                 | USAMIL 0874 AFG
            The FARC rebels surrendered their weapons to the United Nations.               | FARC 0873 UNO
            ECOWAS reinstated Mali's membership.                                           | ECOWAS 081 MLI
            Russian forces withdrew from the city of Kherson.                              | RUSMIL 0874 -
            """)
    void yieldingInOtherWords(String sentence, String expected) {
        assertThat(dyads(sentence)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The minister said the economy needed help, not more taxes.
            Supplies of fuel ran low in Gaza last week.
            Election officials said the delivery of ballots to polling stations was delayed.
            The president quit smoking years ago.
            The central bank lowered interest rates.
            Germany stationed its ambassador in Baghdad.
            India's army held live-fire drills close to the Line of Actual Control with China.
            The army abandoned the plan to build a new base.
            Protesters demanded the resignation of the prime minister.
            """)
    void theSameWordsInOtherSensesAreNoCooperation(String sentence) {
        assertThat(codes(sentence)).noneMatch(code -> code.startsWith("06") || code.startsWith("07")
                || code.startsWith("08"));
    }

    private static List<String> codes(String text) {
        return SharedCoder.codes(text, ARTICLE_DAY);
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static List<String> dyads(String text) {
        return events(text).stream().map(EventDyads::of).toList();
    }
}
