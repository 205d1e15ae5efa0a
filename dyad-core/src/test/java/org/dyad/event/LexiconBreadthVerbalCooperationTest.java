package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words for statements, appeals, intents, consultations and diplomatic cooperation (CAMEO 01-05) that news
 * writers use beside the few the train sentences happened to show: each names its act.
 */
class LexiconBreadthVerbalCooperationTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @ParameterizedTest(name = "{0} <= {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CHNGOV 010 -    | The Chinese ambassador argued that the sanctions on Russia had failed.
            IND 010 -       | India maintained that the border dispute with Pakistan was a bilateral matter.
            TURGOV 010 UNGA | Turkey's president addressed the UN General Assembly on Tuesday.
            SAUGOV 010 -    | The Saudi foreign minister pointed out that the kingdom had never recognised Israel.
            IRQ 010 UNO     | Iraq informed the United Nations that it would close the camp.
            UKRGOV 010 -    | Ukraine's president tweeted that the country would remember the victims of Bucha.
            RUSGOV 011 -    | The Kremlin spokesman refused to comment on the report about Ukraine.
            USAMIL 011      | The Pentagon declined to confirm the report of a drone strike in Yemen.
            JPNGOV 012 CHN  | The Japanese government raised concerns about China's military buildup.
            RUSGOV 012      | The Kremlin spokesman bemoaned the state of relations with Washington.
            AUS 014 MMR     | Australia is reviewing its aid to Myanmar after the coup.
            USA 014 -       | The United States is reconsidering its decision to withdraw troops from Syria.
            TTP 015 -       | The Pakistani Taliban took responsibility for the attack on the police station in Peshawar.
            PAKMIL 015 -    | The Pakistani army took the blame for the failed operation.
            SYRGOV 016 -    | The Syrian government disavowed the attack on the Turkish convoy.
            HMS 016 -       | Hamas brushed aside accusations that it had used hospitals as bases.
            FRAGOV 017 -    | The French president observed a minute of silence for the victims of the attack in Nice.
            NGAGOV 017 -    | The Nigerian government declared three days of national mourning after the bombing.
            IDNGOV 018 TUR  | The Indonesian president commiserated with the families of the victims in Turkey.
            CAN 018 UKR     | Canada showed solidarity with Ukraine after the missile attack on Kyiv.
            GBRGOV 019 FRA  | The British foreign secretary echoed the concerns of France about Iran's nuclear programme.
            UKRGOV 020 DEU  | Zelensky encouraged Germany to send more air defence systems.
            NGA 0251 EU     | Nigeria lobbied the European Union to lift the ban on its airline.
            UKR 0232 NATO   | Ukraine solicited military aid from NATO members.
            UKR 020 -       | Ukraine applied for membership of the European Union in 2022.
            PHL 030 JPN     | The Philippines committed to joint patrols with Japan in the South China Sea.
            IRN 030 USA     | Iran signalled its willingness to resume the nuclear talks with the United States.
            GRCGOV 036 TUR  | The Greek prime minister accepted an invitation to visit Turkey.
            USAGOV 040 CHNGOV | Joe Biden sat down with Xi Jinping in California.
            FRAGOV 041 RUSGOV | The French president telephoned the Russian president on Friday.
            USAGOV 042 ISR  | Antony Blinken flew to Israel on Monday.
            INDGOV 042 RUSGOV | Narendra Modi landed in Moscow for a two-day visit.
            SAUGOV 043 CHNGOV | The Saudi crown prince greeted the Chinese president at the airport in Riyadh.
            QAT 045         | Qatar facilitated the talks between Hamas and Israel.
            GBR 046 EU      | Britain and the European Union haggled over fishing rights.
            IDN 050 MYS     | Indonesia and Malaysia collaborated on a haze study.
            KENGOV 051      | The Kenyan president paid tribute to the soldiers killed in Somalia.
            ITAGOV 051      | The Italian prime minister threw her support behind Ukraine's bid to join the EU.
            DEUGOV 052 -    | The German government justified its decision to stop arms exports to Israel.
            IRN 054         | Iran and Saudi Arabia restored diplomatic ties in March.
            VNM 057 PHL     | Vietnam and the Philippines clinched a deal on rice exports.
            MEX 057 CAN     | Mexico and Canada renewed their trade pact.
            """)
    void aWordOfTheActNamesIt(String expected, String sentence) {
        assertThat(dyads(sentence)).anyMatch(dyad -> dyad.startsWith(expected));
    }

    @ParameterizedTest(name = "no {0} <= {1}")
    @CsvSource(delimiter = '|', textBlock = """
            043 | The Iraqi prime minister greeted reporters in Baghdad.
            057 | Libya's Government of National Accord announced a ceasefire.
            054 | On Tuesday, the Greens submitted petitions to keep their party recognition in Ohio.
            030 | Hamas rejected the offer made by Israel on Thursday.
            020 | Niger's junta turned down a request by France to keep its troops in the country.
            012 | Syrian warplanes attacked the city as civilians feared that the worst was coming.
            017 | Russia marked the anniversary of the invasion by launching a barrage of missiles at Kyiv.
            018 | Israeli troops shot dead a Palestinian man who was praying for his family in Jenin.
            015 | Egypt's admission to the African trade bloc was approved in May.
            016 | China disputed Japan's claim to the islands in the East China Sea.
            """)
    void aWordOutsideItsActMakesNoneUp(String code, String sentence) {
        assertThat(dyads(sentence)).noneMatch(dyad -> dyad.contains(" " + code + " "));
    }

    private static List<String> dyads(String sentence) {
        return SharedCoder.code(sentence, ARTICLE_DAY).events().stream().map(EventDyads::of).toList();
    }
}
