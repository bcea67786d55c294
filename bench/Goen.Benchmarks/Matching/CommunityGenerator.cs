using Goen.Core.Profiles;

namespace Goen.Benchmarks.Matching;

/// <summary>
/// Generates synthetic communities of any size for speed measurements: people with offers, needs
/// and interests in Japanese, English and both, deterministic for a seed.
/// </summary>
/// <remarks>
/// Fields combine phrases people really write (picked with a skewed, Zipf–Mandelbrot popularity, so
/// some services are common and most are rare) with words drawn from the Sudachi vocabulary for a long tail,
/// and now and then a katakana brand name or an English word no dictionary knows.
/// </remarks>
internal sealed class CommunityGenerator(int seed)
{
    private static readonly string[] Offers =
    [
        "ホームページ制作", "WordPressの保守・更新", "Website design and development", "ロゴ・名刺のデザイン", "Logo and brand design",
        "税務申告・記帳代行", "確定申告のサポート", "Tax returns for freelancers", "Bookkeeping in English", "経理のアウトソーシング",
        "就業規則の作成", "社会保険の手続き", "助成金の申請サポート", "契約書のリーガルチェック", "Contract review for startups",
        "会社設立の手続き", "ビザ申請（在留資格）", "英語の通訳", "Japanese-English translation", "英日翻訳（IT・医療）",
        "プロフィール写真の撮影", "Event photography", "商品撮影", "動画制作・編集", "Video production for YouTube",
        "SNS運用代行 (Instagram)", "Instagram marketing", "SEO対策", "Google広告の運用", "デジタルマーケティング支援",
        "採用支援・求人票の作成", "Recruiting engineers", "人材紹介", "キャリア相談", "Career coaching in English",
        "経営コンサルティング", "事業計画書の作成", "資金調達のアドバイス", "補助金申請サポート", "Startup mentoring",
        "システム開発", "アプリ開発", "AIで業務効率化", "ITサポート・パソコン設定", "Cloud migration (AWS)",
        "オフィス・店舗物件の紹介", "Real estate for expats", "生命保険の見直し", "資産運用の相談", "相続・遺言の相談",
        "ケータリング", "イベントの企画運営", "Event venue rental", "名刺・チラシの印刷", "ノベルティ制作",
        "ヨガ・瞑想のクラス", "パーソナルトレーニング", "整体・マッサージ", "英会話レッスン", "Japanese lessons",
        "インバウンド向けツアーガイド", "日本酒の輸出サポート", "海外進出の支援", "Cross-border e-commerce", "ECサイト構築 (Shopify)",
        "プレスリリースの作成", "Copywriting in English", "記事作成・ライティング", "社員研修・講師", "組織開発のファシリテーション",
    ];

    private static readonly string[] Needs =
    [
        "会社のホームページを作り直したい", "a new website for my cafe", "ロゴを作ってほしい", "a logo for my startup",
        "確定申告を手伝ってほしい", "an English-speaking tax accountant", "経理を任せられる人", "bookkeeping help",
        "就業規則を整えたい", "社労士さんを探しています", "助成金について知りたい", "a lawyer to check contracts",
        "会社を作りたい", "work visa support", "展示会の通訳", "someone to translate our website",
        "プロフィール写真を撮りたい", "a photographer for our event", "商品写真", "会社紹介の動画", "a promo video",
        "Instagramの運用を任せたい", "more customers from social media", "集客に困っています", "ウェブ広告の相談相手",
        "エンジニアを採用したい", "hiring bilingual staff", "転職を考えています", "キャリアの相談相手",
        "事業計画を見てほしい", "investors for our seed round", "補助金の申請", "経営の相談相手",
        "業務をITで効率化したい", "an app developer", "パソコンに詳しい人", "AIの活用方法",
        "事務所を探しています", "an apartment in Tokyo", "保険の見直し", "相続の相談",
        "イベントのケータリング", "30人くらい入る会場", "チラシの印刷", "名刺を作りたい",
        "ヨガの先生", "a personal trainer", "英語を話せるようになりたい", "Japanese lessons for my team",
        "外国人観光客向けのツアー", "日本酒を海外に売りたい", "海外展開のパートナー", "Shopifyでネットショップ",
        "プレスリリースを書いてほしい", "English copywriting", "ブログ記事のライター", "社員研修の講師",
    ];

    private static readonly string[] Interests =
    [
        "ゴルフ", "golf", "ワイン", "wine", "日本酒", "craft beer", "サウナ", "sauna", "キャンプ", "camping", "登山", "hiking",
        "ランニング", "running", "マラソン", "trail running", "自転車", "cycling", "釣り", "fishing", "サーフィン", "surfing",
        "猫", "cats", "犬", "dogs", "旅行", "travel", "読書", "books", "映画", "movies", "音楽", "jazz", "ギター", "ピアノ",
        "料理", "cooking", "ラーメン", "ramen", "カフェ巡り", "coffee", "野球観戦", "baseball", "サッカー", "soccer", "テニス",
        "将棋", "ボードゲーム", "アニメ", "漫画", "写真", "photography", "茶道", "温泉", "筋トレ", "yoga", "子育て",
        "出身は福岡", "from Osaka", "出身は札幌", "大阪出身", "北海道出身", "from Kyoto", "沖縄が好き", "神戸育ち",
    ];

    private static readonly string[] Modifiers =
    [
        "飲食店向け", "中小企業の", "スタートアップ向け", "for small businesses", "英語対応", "in English and Japanese",
        "初心者歓迎", "オンライン対応", "東京・神奈川", "関西エリア", "for expats", "個人事業主向け", "医療・介護分野の", "IT企業向け",
    ];

    private static readonly Lazy<string[]> LongTail = new(LoadLongTail);

    private static readonly string[] Surnames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "Smith", "Brown", "Lee", "Patel", "Garcia", "Kim"];

    private static readonly string[] GivenNames = ["健", "美咲", "大輔", "さくら", "翔太", "陽子", "Emma", "Raj", "Olivia", "Ken", "Mei", "Tom", "綾", "修", "真理", "亮"];

    private readonly Random _random = new(seed);

    /// <summary>Generates <paramref name="count"/> people.</summary>
    public List<Profile> Generate(int count)
    {
        var people = new List<Profile>(count);
        for (var i = 0; i < count; i++)
        {
            people.Add(new Profile
            {
                Name = $"{Pick(Surnames)} {Pick(GivenNames)} {i}",
                Organization = $"Company {_random.Next(count / 3 + 1)}",
                Offers = Field(Offers, 1, 3, modifier: 0.4, tail: 0.5),
                Needs = Field(Needs, 1, 2, modifier: 0.3, tail: 0.4),
                Interests = Field(Interests, 2, 4, modifier: 0, tail: 0.3),
                Languages = _random.NextDouble() < 0.3 ? ["ja", "en"] : ["ja"],
            });
        }

        return people;
    }

    private string Field(string[] pool, int min, int max, double modifier, double tail)
    {
        var parts = new List<string>();
        var count = _random.Next(min, max + 1);
        for (var k = 0; k < count; k++)
        {
            var phrase = Zipf(pool);
            parts.Add(_random.NextDouble() < modifier ? $"{Pick(Modifiers)}{(phrase[0] < 0x80 ? " " : "")}{phrase}" : phrase);
        }

        if (_random.NextDouble() < tail)
        {
            parts.Add(Pick(LongTail.Value));
        }

        if (_random.NextDouble() < 0.05)
        {
            parts.Add(_random.NextDouble() < 0.5 ? $"ブランド{(char)('ア' + _random.Next(40))}{(char)('ア' + _random.Next(40))}ー" : $"brand{_random.Next(100_000)}");
        }

        return string.Join(_random.NextDouble() < 0.5 ? "、" : ", ", parts);
    }

    // Popularity falls off like 1/(rank + 10) (Zipf–Mandelbrot), over the pool in a fixed shuffled
    // order: a few services and hobbies are common (the most common phrase is about 4 % of picks), most
    // are rare, and a Japanese phrase and its English twin are not both at the top.
    private string Zipf(string[] pool)
    {
        var ranked = Ranked.GetValue(pool, static p =>
        {
            var order = p.ToArray();
            new Random(7).Shuffle(order);
            var cumulative = new double[order.Length];
            var sum = 0.0;
            for (var r = 0; r < order.Length; r++)
            {
                sum += 1.0 / (r + 11);
                cumulative[r] = sum;
            }

            return new RankedPool(order, cumulative);
        });
        var target = _random.NextDouble() * ranked.Cumulative[^1];
        var at = Array.BinarySearch(ranked.Cumulative, target);
        return ranked.Phrases[at >= 0 ? at : ~at];
    }

    private sealed record RankedPool(string[] Phrases, double[] Cumulative);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], RankedPool> Ranked = [];

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];

    // Words of the Sudachi synonym file (the first spelling of each group): a long tail of real words.
    private static string[] LoadLongTail()
    {
        using var stream = typeof(Goen.Core.Matching.Vocabulary).Assembly.GetManifestResourceStream("Goen.Core.sudachi-synonyms.tsv")
            ?? throw new InvalidOperationException("vocabulary resource missing");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                words.Add(line[(tab + 1)..].Split(';', '|')[0].TrimStart('~'));
            }
        }

        return [.. words];
    }
}
