package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Material conflict (roots 14, 15 and 17-20) in the words wire services use besides the ones the coder was first
 * taught: sit-ins and walkouts, stones hurled at police, shows of force and call-ups, expropriations, internet
 * shutdowns, round-ups, lynchings and executions, skirmishes, encirclements, recaptures, gunfights and strafing.
 * Each sentence must yield an event of its source and code (the code as narrowed, "1711" for an expropriation).
 */
class LexiconBreadthMaterialConflictTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SRBCVL | 141  | Thousands of Serbian students staged a sit-in outside the parliament in Belgrade.
            GEOOPP | 141  | Georgian opposition supporters held a demo outside parliament in Tbilisi on Sunday.
            KENCVL | 141  | Nurses picketed the Kenyan health ministry in Nairobi.
            ARMCVL | 141  | Armenian opposition activists led a protest march through Yerevan.
            ISR    | 141  | Thousands of Israelis took to the streets of Tel Aviv against the judicial overhaul.
            IRNCVL | 141  | Iranian students chanted against the supreme leader in Tehran.
            CHLCVL | 141  | Chilean students occupied the education ministry in Santiago.
            BHRCVL | 142  | The jailed Bahraini activist began a hunger-strike against his detention.
            NGACVL | 1432 | Nigerian labour unions began a work stoppage over fuel prices.
            KORCVL | 1432 | South Korean doctors struck for a third week against the medical school reform.
            INDOPP | 1432 | Indian opposition parties called a bandh in Kolkata against the new law.
            GBRCVL | 143  | British rail workers took industrial action over pay.
            FRACVL | 144  | Farmers barricaded the main highway into Paris.
            KENCVL | 145  | Violent protests by Kenyan youths erupted in Nairobi.
            PSECVL | 145  | Palestinian youths pelted Israeli police with stones in Hebron.
            FRACVL | 145  | French protesters hurled stones at police in Nantes.
            FRA    | 145  | French rioters smashed shop windows in Marseille.
            PSECVL | 145  | Palestinian youths threw petrol bombs at Israeli troops.
            RUS    | 150  | Russia staged a show of force in the Black Sea.
            CHNMIL | 150  | The Chinese army conducted military manoeuvres near Taiwan.
            JPN    | 150  | Japan scrambled fighter jets against Chinese drones.
            FRACOP | 151  | French police tightened security around synagogues in Paris.
            ARM    | 152  | Armenia put its troops on combat readiness along the border.
            RUS    | 154  | Russia announced a partial mobilisation of reservists.
            RUS    | 154  | Russia amassed troops on the Ukrainian border.
            ISR    | 154  | Israel called up 300,000 reservists.
            CHNCOP | 170  | Chinese police harassed Tibetan activists in Lhasa.
            NGAREB | 170  | Nigerian militants terrorised villagers in Borno.
            VEN    | 1711 | Venezuela expropriated the plants of American oil companies.
            IRN    | 1711 | Iran impounded a British oil tanker in the Strait of Hormuz.
            ISR    | 1712 | Israel razed the homes of Palestinian families in Jenin.
            GBR    | 172  | Britain proscribed Hamas as a terrorist organisation.
            TURGOV | 1721 | The Turkish government restricted access to social media.
            ETH    | 1721 | Ethiopia imposed an internet shutdown in the Amhara region.
            EGYCOP | 173  | Egyptian police rounded up dozens of opposition activists in Cairo.
            INDCOP | 173  | Indian police took the opposition leader into custody.
            MMRGOV | 173  | The Myanmar junta put Aung San Suu Kyi under house arrest.
            KENCOP | 173  | Kenyan police handcuffed the opposition senator outside parliament.
            TURCOP | 173  | Turkish police swooped on opposition journalists in Istanbul.
            RUS    | 174  | Russia expelled two American journalists.
            SDNCOP | 175  | Sudanese security forces suppressed protests in Khartoum.
            BGDCOP | 175  | Bangladeshi police quelled riots in Dhaka.
            KENCOP | 175  | Kenyan police teargassed protesters in Nairobi.
            MLIREB | 181  | Armed men seized two Italian hostages in Mali.
            INDCVL | 1823 | Indian villagers lynched two Muslim men in Jharkhand.
            IRN    | 1823 | Iran executed four protesters in Tehran on Saturday.
            USACOP | 182  | American police brutalized protesters in Minneapolis.
            BGDCOP | 182  | Police bludgeoned students in Dhaka.
            IRN    | 1823 | Iran carried out a public hanging of two men in Mashhad.
            IRN    | 1823 | Iran hanged two men convicted of killing a police officer.
            INDREB | 183  | A Kashmiri militant hurled a grenade at Indian troops in Srinagar.
            PSEREB | 183  | A Palestinian suicide bomber exploded himself at an Israeli checkpoint.
            SHABAAB | 183 | Al-Shabaab set off explosives in Mogadishu.
            INDMIL | 190  | Indian and Chinese troops skirmished along the border.
            ISRMIL | 190  | Israeli jets targeted Hezbollah positions in southern Lebanon.
            PSEREB | 190  | Palestinian militants lobbed mortar shells at Israeli towns.
            INDMIL | 190  | Indian and Pakistani troops traded fire across the Line of Control.
            RUSMIL | 191  | Russian troops encircled the Ukrainian city of Avdiivka.
            INDCOP | 191  | Indian police sealed off the Kashmir valley.
            RUSMIL | 192  | Russian forces seized the Ukrainian town of Avdiivka.
            TALIBAN | 192 | The Taliban took control of Kabul.
            UKRMIL | 192  | Ukrainian forces recaptured Kherson from Russian troops.
            RUSMIL | 192  | Russian troops entered the Ukrainian city of Kherson.
            MEXCOP | 193  | A gunfight between Mexican police and cartel gunmen left five people dead.
            MEXREB | 193  | Mexican gunmen gunned down the police chief of Juarez.
            RUSMIL | 195  | Russian jets bombarded Aleppo.
            ISR    | 195  | Israeli helicopters rocketed a car in Gaza City.
            AZE    | 196  | Azerbaijan breached the ceasefire with Armenia.
            MMRMIL | 201  | Myanmar's army carried out a mass expulsion of Rohingya.
            BIHMIL | 202  | Bosnian Serb forces committed mass murder in Srebrenica.
            SDNREB | 202  | Sudanese militias slaughtered civilians in Darfur.
            SYRMIL | 2041 | The Syrian army gassed civilians in Ghouta.
            """)
    void aWireServiceWordForAnActOfForceIsCoded(String source, String code, String sentence) {
        assertThat(dyads(sentence)).anyMatch(dyad -> dyad.startsWith(source + " " + code + " "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            French farmers said they would take their case to the streets.
            The prime minister called the vote a show of strength.
            Sudan expelled humanitarian aid workers.
            A Nigerian army spokesman said gunfire was heard near the barracks.
            The Kenyan president chanted the national anthem with students.
            The ruling party took control of the Indian parliament after the election.
            The government announced an advance on the budget.
            India and Pakistan traded goods worth two billion dollars last year.
            Analysts said the Iraqi economy had been battered by the war.
            """)
    void wordsOfForceInOtherSensesMakeNoMaterialConflictOfTheirKind(String sentence) {
        assertThat(dyads(sentence)).noneMatch(dyad -> dyad.matches("\\S+ (14|15|17[0-5]|18|19|20)\\d* .*"));
    }

    private static List<String> dyads(String sentence) {
        return SharedCoder.code(sentence, ARTICLE_DAY).events().stream().map(EventDyads::of).toList();
    }
}
