fn main() {
    let ex = whosaid::Extractor::new();
    for n in [100_000usize, 400_000] {
        let inputs = [
            ("nospace", "abcdefghij".repeat(n / 10)),
            ("quotes", "\" ".repeat(n / 2)),
            ("openq", "“a ".repeat(n / 3)),
            ("caps", "Alpha ".repeat(n / 6)),
            ("said", "said ".repeat(n / 5)),
            ("brackets", format!("{}{}", "(".repeat(n / 2), ")".repeat(n / 2))),
            ("newlines", "\n".repeat(n)),
            ("sentence", "the court said that ".repeat(n / 20)),
            ("mr", "Mr. ".repeat(n / 4)),
            ("us", "U.S. ".repeat(n / 5)),
        ];
        for (name, t) in &inputs {
            let s = std::time::Instant::now();
            let d = ex.extract(t, None);
            println!("{n} {name}: {:?} ({} mentions, {} claims)", s.elapsed(), d.mentions.len(), d.claims.len());
        }
    }
}
