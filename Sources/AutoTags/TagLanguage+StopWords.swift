/// Short, hand-made lists of words that never make a tag: function words, reporting verbs,
/// numbers in words, days and months. Written in lower case; compared with lower-cased words.
extension TagLanguage {
    /// The language's stop-words.
    var stopWords: Set<String> {
        switch self {
        case .english: Self.englishStopWords
        case .german: Self.germanStopWords
        case .french: Self.frenchStopWords
        case .spanish: Self.spanishStopWords
        }
    }

    /// Words that name a role before a name (`President`, `Minister`): they end a name and
    /// are never part of one.
    var titleWords: Set<String> {
        switch self {
        case .english: Self.englishTitles
        case .german: Self.germanTitles
        case .french: Self.frenchTitles
        case .spanish: Self.spanishTitles
        }
    }

    private static let englishStopWords: Set<String> = words("""
        a about above after again against ago all almost also although always despite meanwhile am among an and another any anyone
        anything are around as at away back be because been before being below between both but by can cannot
        could did do does doing done down during each either else even ever every few for from further get gets
        got had has have having he her here hers herself him himself his how however i if in into is it its itself
        just last least less like made make many may me might more most much must my myself near never new next
        no nor not now of off often on once one only onto or other others our ours ourselves out over own per
        perhaps put rather really said same say saying says see seen she should since so some still such than
        that the their theirs them themselves then there these they this those though through thus to today
        told too toward towards under until up upon us very via was we well were what when where whether which
        while who whom whose why will with within without would yet you your yours yourself yourselves
        according added adding asked called came come comes going gone know known including let like likely
        look looks lot lots make makes making mr mrs ms news part people report reported reports set show shown
        take taken takes tell time times two three four five six seven eight nine ten first second third
        year years day days week weeks month months yesterday tomorrow
        monday tuesday wednesday thursday friday saturday sunday
        january february march april june july august september october november december
        """)

    private static let germanStopWords: Set<String> = words("""
        aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bereits bin
        bis bisher bist da dabei damit dann darauf darum das dass dein deine dem den denn der deren des dessen
        dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines
        er es etwa euch euer for für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn
        ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jede jedem jeden jeder jedes jedoch jetzt kann kein
        keine können könnte man manche mehr mein meine mich mir mit muss musste nach nicht nichts noch nun nur
        ob oder ohne sehr sei seid sein seine seinem seinen seiner seit sich sie sind so soll sollen sollte
        sondern sowie über um und uns unser unter viel vom von vor wann war waren warum was weil weiter welche
        welchem welchen welcher wenn wer werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwei
        drei vier fünf zwischen heute gestern morgen sagte sagt sagten laut jahr jahre jahren tag tage tagen
        woche wochen monat monaten uhr prozent neue neuen neuer ersten erste
        montag dienstag mittwoch donnerstag freitag samstag sonntag
        januar februar märz april mai juni juli august september oktober november dezember
        """)

    private static let frenchStopWords: Set<String> = words("""
        à afin ai ainsi alors au aucun aussi autre autres aux avait avant avec avoir c ça car ce ceci cela celle
        celles celui cependant ces cet cette ceux chaque chez comme comment contre d dans de depuis des deux dire
        dit doit donc dont du elle elles en encore entre est et été être eu eux fait faire fois font hier il ils
        j je jusqu l la le les leur leurs lors lui m ma mais me même mes moi moins mon n ne ni non nos notre nous
        on ont ou où par parce pas pendant peu peut plus plusieurs pour pourquoi qu quand que quel quelle quels
        qui s sa sans se selon ses si sera seront ses son sont sous sur t ta tandis te tes toi ton tous tout
        toute toutes très trois tu un une vers via vos votre vous y aujourd hui après ans année années jour
        jours semaine mois déclaré affirmé selon premier première nouveau nouvelle
        lundi mardi mercredi jeudi vendredi samedi dimanche
        janvier février mars avril mai juin juillet août septembre octobre novembre décembre
        """)

    private static let spanishStopWords: Set<String> = words("""
        a al algo algunos ante antes así aunque aquí cada como con contra cual cuando de del desde donde dos
        durante e el él ella ellas ellos en entre era es esa ese eso esta está están este esto estos fue fueron
        ha habían hace hacia han hasta hay la las le les lo los más me mi muy nada ni no nos nuestra nuestro o
        otra otro otros para pero poco por porque que qué se sea según ser si sí sido sin sino sobre su sus
        también tan tanto te tiene tienen todo todos tras tres tu un una uno unos y ya yo año años día días
        semana mes meses dijo afirmó aseguró hoy ayer primer primera nuevo nueva
        lunes martes miércoles jueves viernes sábado domingo
        enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
        """)

    private static let englishTitles: Set<String> = words("""
        president prime minister secretary chancellor leader chairman chairwoman chief general governor mayor
        senator king queen prince princess pope mr mrs ms dr sir spokesman spokeswoman ambassador foreign
        defence defense deputy vice former minister's commander professor
        """)
    private static let germanTitles: Set<String> = words("""
        präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin bürgermeister bürgermeisterin
        außenminister außenministerin herr frau dr regierungschef regierungschefin
        """)
    private static let frenchTitles: Set<String> = words("président présidente ministre monsieur madame m mme dr")
    private static let spanishTitles: Set<String> = words("presidente presidenta ministro ministra señor señora don doña dr")

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: \.isWhitespace).map(String.init))
    }
}
