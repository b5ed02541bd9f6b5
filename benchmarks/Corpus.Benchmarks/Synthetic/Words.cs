namespace Corpus.Benchmarks.Synthetic;

/// <summary>The word pools synthetic articles are made of: cyber-diplomacy English with some non-ASCII names and places.</summary>
internal static class Words
{
    public sealed record CountryInfo(string Code, string Name, string Adjective, string Capital);

    /// <summary>ISO 3166-1 alpha-2 codes the runtime knows; the first three are drawn more often.</summary>
    public static readonly CountryInfo[] Countries =
    {
        new("CN", "China", "Chinese", "Beijing"),
        new("US", "the United States", "US", "Washington"),
        new("GB", "the United Kingdom", "British", "London"),
        new("FR", "France", "French", "Paris"),
        new("DE", "Germany", "German", "Berlin"),
        new("RU", "Russia", "Russian", "Moscow"),
        new("JP", "Japan", "Japanese", "Tokyo"),
        new("IN", "India", "Indian", "New Delhi"),
        new("BR", "Brazil", "Brazilian", "Brasília"),
        new("SG", "Singapore", "Singaporean", "Singapore"),
        new("AU", "Australia", "Australian", "Canberra"),
        new("CA", "Canada", "Canadian", "Ottawa"),
        new("KR", "South Korea", "South Korean", "Seoul"),
        new("ZA", "South Africa", "South African", "Pretoria"),
        new("NL", "the Netherlands", "Dutch", "The Hague"),
        new("SE", "Sweden", "Swedish", "Stockholm"),
        new("CH", "Switzerland", "Swiss", "Bern"),
        new("EE", "Estonia", "Estonian", "Tallinn"),
        new("UA", "Ukraine", "Ukrainian", "Kyiv"),
        new("MX", "Mexico", "Mexican", "Ciudad de México"),
        new("TR", "Türkiye", "Turkish", "Ankara"),
        new("VN", "Viet Nam", "Vietnamese", "Hà Nội"),
        new("PL", "Poland", "Polish", "Warszawa"),
        new("NO", "Norway", "Norwegian", "Oslo"),
    };

    // Chinese names with their native form, character by character.
    public static readonly (string Latin, string Native)[] ChineseSurnames =
    {
        ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"), ("Zhao", "赵"), ("Huang", "黄"),
        ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙"), ("Hu", "胡"), ("Zhu", "朱"), ("Gao", "高"), ("Lin", "林"),
    };

    public static readonly (string Latin, string Native)[] ChineseGivenNames =
    {
        ("Wei", "伟"), ("Fang", "芳"), ("Min", "敏"), ("Jing", "静"), ("Lei", "磊"), ("Jun", "军"), ("Yan", "燕"), ("Tao", "涛"),
        ("Ming", "明"), ("Hui", "慧"), ("Xiaoling", "晓玲"), ("Wenjie", "文杰"), ("Haiyan", "海燕"), ("Jianguo", "建国"), ("Yi", "毅"), ("Ning", "宁"),
    };

    public static readonly (string Latin, string Native)[] RussianNames =
    {
        ("Sergei Ivanov", "Сергей Иванов"), ("Anna Smirnova", "Анна Смирнова"), ("Dmitry Kuznetsov", "Дмитрий Кузнецов"),
        ("Olga Popova", "Ольга Попова"), ("Andrei Sokolov", "Андрей Соколов"), ("Maria Lebedeva", "Мария Лебедева"),
        ("Nikolai Kozlov", "Николай Козлов"), ("Elena Novikova", "Елена Новикова"),
    };

    public static readonly string[] FirstNames =
    {
        "James", "Emily", "Daniel", "Sarah", "Michael", "Laura", "David", "Rachel", "Thomas", "Olivia", "Élodie", "François", "Hélène",
        "Jürgen", "Käthe", "Łukasz", "Małgorzata", "Çağlar", "Ayşe", "João", "Conceição", "Åsa", "Søren", "Zoë", "Renée", "José",
        "Priya", "Arjun", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon", "Thandiwe", "Sipho", "Mart", "Kädi", "Oksana", "Taras",
    };

    public static readonly string[] LastNames =
    {
        "Carter", "Clarke", "Bennett", "Hughes", "Foster", "Reynolds", "Lefèvre", "Dubois", "Moreau", "Müller", "Schröder", "Groß",
        "Wójcik", "Kowalska", "Öztürk", "Yılmaz", "Araújo", "Gonçalves", "Lindström", "Dahl", "Ångström", "Núñez", "Álvarez",
        "Sharma", "Iyer", "Tanaka", "Sato", "Kim", "Park", "Nkosi", "Dlamini", "Tamm", "Kask", "Shevchenko", "Bondarenko", "Nguyễn",
    };

    public static readonly string[] Cities =
    {
        "Beijing", "Washington", "London", "Geneva", "São Paulo", "Zürich", "Kraków", "Reykjavík", "Singapore", "Tallinn", "Brussels",
        "New York", "Wuzhen", "Montréal", "Bogotá", "Hà Nội", "Malmö", "Düsseldorf", "Seoul", "Johannesburg",
    };

    public static readonly string[] TopicBase =
    {
        "hegemony|Hegemony|Claims of, or opposition to, one country’s dominance in cyberspace.",
        "cyberattacks|Cyberattacks|Hacking and attacks on computer networks, and who carries them out.",
        "cyber-espionage|Cyber espionage|Stealing information through networks; spying by states.",
        "surveillance|Surveillance|Mass surveillance and state access to user data.",
        "critical-infrastructure|Critical infrastructure|Security of telecommunication, finance, transport and energy networks.",
        "data-security|Data security|Protection of personal data and cross-border data transfers.",
        "international-cooperation|International cooperation|Dialogue, cooperation and trust between countries in cyberspace.",
        "cyber-rules|Cyber rules and norms|International rules and norms for state behaviour in cyberspace.",
        "attribution|Attribution|Naming who is behind a cyber operation, and the evidence for it.",
        "technology-competition|Technology competition|Sanctions, export controls and rivalry over technology.",
        "development|Development|The digital divide and the right to development.",
        "ideology|Ideology|Values, ideology and blocs in the digital sphere.",
    };

    public static readonly string[] TopicAdjectives =
    {
        "quantum", "satellite", "undersea-cable", "cloud", "semiconductor", "election", "health-data", "payment", "drone", "smart-city",
        "open-source", "encryption", "identity", "maritime", "aviation", "railway", "grid", "water", "biometric", "vaccine",
    };

    public static readonly string[] TopicNouns =
    {
        "security", "standards", "governance", "resilience", "supply-chains", "sovereignty", "export-controls", "incidents", "norms", "capacity-building",
    };

    public static readonly string[] Subjects =
    {
        "the United States", "some countries", "certain Western politicians", "our government", "the international community",
        "China", "the ministry", "state-backed hackers", "the so-called Five Eyes alliance", "every country", "developing countries",
        "major powers", "the European Union", "technology companies", "the UN Security Council", "the Chinese side", "the US side",
        "all parties", "the relevant authorities", "a handful of countries", "our partners in Southeast Asia", "the British government",
    };

    /// <summary>Verb phrases by speech act, so the annotated act fits the words.</summary>
    public static readonly (string Act, string[] Verbs)[] VerbsByAct =
    {
        ("assert", new[] { "is committed to", "has always supported", "remains open to", "attaches great importance to", "is ready to discuss" }),
        ("accuse", new[] { "has repeatedly smeared", "is seeking to maintain its grip on", "has been secretly attacking", "has long been stealing from", "is weaponizing" }),
        ("criticize", new[] { "has undermined", "keeps politicizing", "has shown double standards on", "is spreading disinformation about", "has abused" }),
        ("deny", new[] { "has never engaged in attacks on", "has nothing to do with", "never steals from", "does not threaten", "has never interfered with" }),
        ("reject", new[] { "will never accept", "firmly opposes", "rejects the accusations concerning", "will not tolerate interference in", "refuses to politicize" }),
        ("appeal", new[] { "should respect", "should jointly safeguard", "are called on to protect", "should work together to build", "should stop politicizing" }),
        ("demand", new[] { "must immediately stop attacking", "must explain its actions against", "must withdraw its sanctions on", "must stop its surveillance of", "must return" }),
        ("intend-to-cooperate", new[] { "is willing to work with others on", "will deepen cooperation on", "stands ready to share information on", "plans to sign an agreement on", "will join talks on" }),
        ("threaten", new[] { "will take resolute countermeasures against", "will respond firmly to any attack on", "reserves the right to retaliate over", "will impose costs on anyone targeting", "will not sit idly by over" }),
        ("praise", new[] { "has made important contributions to", "deserves credit for its work on", "has set a good example for", "has greatly advanced", "has played a constructive role in" }),
    };

    public static readonly string[] Objects =
    {
        "the sovereignty of other countries in cyberspace", "a peaceful, secure, open and cooperative cyberspace",
        "its monopoly position in the digital economy", "the so-called “clean network” initiative", "critical information infrastructure",
        "the rules-based international order", "the UN Open-ended Working Group (OEWG)", "the undersea cables linking Asia and Europe",
        "the personal data of millions of users", "global supply chains for semiconductors", "the multilateral system centred on the UN",
        "the networks of hospitals and power grids", "the trust between China and ASEAN countries", "the “Global Initiative on Data Security”",
        "the 5G networks of its allies", "the people’s right to development", "the cyber capabilities of NATO members",
        "the confidence of middle-ground countries", "the work of computer emergency response teams", "the interests of developing countries",
        "the data centres in São Paulo and Zürich", "the negotiations on a UN cybercrime convention", "the €2 billion digital-infrastructure fund",
        "the so-called “Volt Typhoon” operation", "a naïve and dangerous idea of decoupling",
    };

    public static readonly string[] Modifiers =
    {
        "in recent years", "without any evidence", "under the pretext of national security", "at the expense of developing countries",
        "on the basis of mutual respect", "— and the facts speak for themselves", "for its own selfish interests", "time and again",
        "in the name of “democracy”", "through dialogue and consultation", "in violation of international law", "as a matter of urgency",
        "within the framework of the United Nations", "since the summit in Wuzhen", "before the end of the year", "at every opportunity",
        "despite repeated warnings", "with its so-called allies", "in accordance with the law", "in a responsible manner",
    };

    public static readonly string[] Narrative =
    {
        "Delegates from more than {n} countries attended the meeting, which focused on {topic}.",
        "The remarks came {n} days after a report on {topic} was published in {city}.",
        "The dispute has affected trade talks worth about €{n} billion, according to figures published in {city}.",
        "Officials from {country} did not immediately respond to a request for comment.",
        "The forum in {city} has been held every year since {year}.",
        "It was the {nth} time this year that the issue of {topic} was raised at the podium.",
        "Several companies have moved their data centres out of {city} since {year}.",
        "Both sides have exchanged accusations over {topic} since at least {year}.",
        "The session was chaired by the delegation of {country} and lasted {n} hours.",
        "Security researchers in {city} counted {n} incidents linked to {topic} last year.",
        "The statement was posted on the ministry’s website and later read out at a briefing.",
        "Talks on {topic} are expected to resume in {city} next month.",
    };

    public static readonly string[] Ordinals = { "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth" };

    public static readonly string[] ThemeWords = { "Digital", "Open", "Secure", "Shared", "Trusted", "Inclusive", "Resilient", "Common" };

    public static readonly string[] ThemeNouns = { "Future", "Responsibility", "Prosperity", "Cyberspace", "Community", "Development", "Security", "Trust" };
}
