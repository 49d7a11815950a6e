//! Tone: shouting, punctuation bursts and hostile second-person blame.
//!
//! - shouting: a run of three or more all-caps words (the span is the run). Acronyms and codes do
//!   not count toward the three (SAV, CGV, DHL, TVA, EAN, UPS…, any word with digits), so "DHL
//!   EXPRESS" or "SAV CGV" stay quiet; PEM headers and tokens are left to the secret detector.
//!   Emoji between the words do not break the run ("JE 😡 VEUX 😡 MON 😡 REMBOURSEMENT").
//! - punctuation: a run of three or more `!`/`?` (`!!!`, `?!?`, `????`); a single `!!` or `?!` is
//!   normal enthusiasm.
//! - aggressive: wording that blames or dismisses the reader ("on vous a déjà répondu", "c'est
//!   votre problème", "relisez mon message", "stop wasting our time", "that's your problem, not
//!   ours", "you clearly didn't read")…, hostile blame and defiance ("this is all your fault",
//!   "you ruined the launch", "vous avez tout gâché", "vous vous foutez de nous", "don't you dare
//!   ignore…", "how dare you") and a "get lost" that stands as its own clause (not "my parcels
//!   get lost"); brush-offs and crude orders ("occupez-vous de vos affaires", "mêle-toi de tes
//!   oignons", "ça ne te regarde pas", "bouge-toi le cul", "faites votre putain de boulot",
//!   "none of your business", "do your damn job", "move your ass"); challenges and exasperation
//!   ("who do you think you are", "pour qui vous vous prenez", "don't make me repeat myself",
//!   "vous êtes payés à rien foutre", "vous commencez à me gonfler", "fix it today or else"). A
//!   bare "DO YOUR JOB" is only shouting, as the dev set labels it. Taken for a fool and asked
//!   too often ("vous me prenez pour une idiote", "on nous prend pour des pigeons", "combien de
//!   fois faut-il vous le répéter", "how many times do I have to tell you", "do you think I'm
//!   stupid"), hurry-ups and crude stops ("bougez-vous un peu", "arrêtez vos conneries", "cut
//!   the crap", "don't you ever ignore…", "ne me parlez pas sur ce ton") and fed-up with the
//!   reader's doings ("j'en ai ras le bol de vos excuses", "I'm sick of your excuses"); not "vous
//!   me prenez une taille 38", "combien de fois par jour faut-il appliquer", "j'en ai marre de la
//!   pluie", "don't you ever wish…". Condescension and threats of lost patience ("même un
//!   enfant comprendrait", "c'est pas compliqué pourtant", "do your job for once", "I'm done
//!   being polite", "t'as intérêt à me rembourser", "voulez-vous ben me répondre"); not "vous avez
//!   intérêt à commander avant dimanche" or "so simple even a child can use it". Banter and quoted titles are dropped afterwards (`banter`).
//! - blame grammar ([`BLAME_FR`], [`BLAME_EN`] and siblings): a second-person subject or object, or
//!   a first-person plural that refuses or looks down, joined to vocabularies of hindsight blame
//!   (« vous auriez dû vous renseigner », "you should have checked"), servitude and status (« on
//!   n'est pas vos larbins », "you're not our only customer"), refusal ("we won't be answering any
//!   more of these"), condescension, reproach, contemptuous comparison, sarcastic thanks,
//!   dismissal and ultimatums with a deadline. Written as general vocabulary rather than phrases
//!   so that unseen wordings are caught; polite demands, service notices ("don't expect a reply
//!   before Monday"), first-person self-blame and praise stay clean.
//!
//! False-positive traps avoided: apologies and empathy that use the same words ("je comprends votre
//! frustration", "sorry, that's on us"), and product criticism.
use std::sync::LazyLock;

use regex::Regex;

use crate::abuse::Gate;
use crate::text::Folded;
use crate::{Hit, Kind};

/// All-caps words that are acronyms, codes or brand names rather than shouting.
const ACRONYMS: &[&str] = &[
    "SAV", "CGV", "CGU", "DHL", "UPS", "TNT", "DPD", "GLS", "TVA", "HT", "TTC", "EAN", "SKU",
    "NIR", "IBAN", "BIC", "RIB", "SIRET", "SIREN", "RGPD", "GDPR", "FAQ", "CEO", "CTO", "CM",
    "URL", "PDF", "SMS", "MMS", "OK", "USA", "UK", "EU", "UE", "FR", "EN", "TV", "PM", "AM", "ID",
    "API", "CB", "PS", "NB", "VIP", "DM", "DMS", "RSVP", "ASAP", "FYI", "CET", "UTC", "GMT",
    "EXPRESS", "SNCF", "RATP", "EDF", "SFR", "BNP", "LCL", "CAF", "CPAM", "HTML", "CSS", "JSON",
    "SEO", "KPI", "ROI", "CRM", "B2B", "B2C", "PR", "RH", "HR", "QR", "AI", "IA", "OTP", "PIN",
    "RSA", "PGP", "SSH", "SSL", "TLS", "HTTP", "HTTPS", "WWW", "AWS", "GCP", "DNS", "IP", "N°",
    "NY", "LA", "SF", "DC", "MP", "PV", "CV", "BTS", "LVMH", "YSL", "H&M", "IKEA", "ASOS", "NASA",
    "NBA", "NFL", "BBC", "CNN", "UNESCO", "ONU", "UN", "MDP", "PWD", "DOB", "DDN", "CC", "BCC",
    "RE", "TR", "FW", "FWD", "PS", "XL", "XXL", "XS", "S", "M", "L",
];

static SHOUT: LazyLock<Regex> = LazyLock::new(|| {
    // An all-caps word: upper-case letters, optionally an apostrophe piece (J'AI, C'EST). Words
    // are separated by spacing or by emoji ("JE 😡 VEUX 😡 MON 😡 REMBOURSEMENT"): a chat habit
    // that keeps the run a run.
    Regex::new(r"(?:\p{Lu}+(?:['’]\p{Lu}+)?)(?:(?:[ \t]|\p{Extended_Pictographic}|\x{FE0F})+(?:\p{Lu}+(?:['’]\p{Lu}+)?))+")
        .expect("static regex")
});
/// The definition of a burst; `bursts` implements it without a regex (a property test checks that
/// they agree).
#[cfg(test)]
static BURST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[!?‼⁉]{3,}|[!?]{2,}[‼⁉]|[‼⁉]{2,}").expect("static regex"));

static AGGRESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    let fr = r"(?:personne[ \t]+ne[ \t]+(?:t'a|vous[ \t]+a)[ \t]+demande[ \t]+(?:ton|votre)[ \t]+avis|on[ \t]+(?:vous|t')[ \t]*a[ \t]+deja[ \t]+(?:repondu|dit|explique)(?:[^.!?\n]{0,40}?inutile[ \t]+d'insister)?|inutile[ \t]+d'insister|relise[zr][ \t]+(?:mon|notre|le|nos|les)[ \t]+(?:message|messages|mail|reponse|conditions|cgv)(?:[^.!?\n]{0,10}c'est[ \t]+pourtant[ \t]+clair)?|c'est[ \t]+pourtant[ \t]+(?:clair|simple|ecrit)|(?:c'est|ce[ \t]+n'est)[ \t]+pourtant[ \t]+pas[ \t]+(?:si[ \t]+|bien[ \t]+)?(?:complique|sorcier|difficile)|c'est[ \t]+pas[ \t]+(?:si[ \t]+|bien[ \t]+)?(?:complique|sorcier|difficile)[ \t]*,?[ \t]+(?:pourtant|quand[ \t]+meme)|vous[ \t]+n'avez[ \t]+(?:visiblement|manifestement|clairement|decidement)?[ \t]*rien[ \t]+compris|tu[ \t]+n'as[ \t]+rien[ \t]+compris|(?:ce[ \t]+n'est|c'est)[ \t]+pas[ \t]+(?:a[ \t]+nous|notre[ \t]+(?:boulot|travail|job|role))[ \t]+de[ \t]+(?:faire[ \t]+)?(?:votre|ton|vos)[ \t]+[a-z]+|ce[ \t]+n'est[ \t]+pas[ \t]+a[ \t]+nous[ \t]+de[ \t]+faire[ \t]+votre[ \t]+[a-z]+|c'est[ \t]+(?:votre|ton)[ \t]+probleme(?:,?[ \t]+pas[ \t]+le[ \t]+notre)?|(?:c'est|cest|c)[ \t]+(?:(?:entierement|totalement|uniquement|encore|bien|clairement|toujours|tjr|tjrs|tjs)[ \t]+)?(?:de[ \t]+)?(?:votre|ta)[ \t]+faute|vous[ \t]+(?:auriez|aviez)[ \t]+du[ \t]+(?:lire|faire[ \t]+attention|verifier|regarder)|(?:il[ \t]+)?fallait[ \t]+(?:lire|faire[ \t]+attention|verifier|regarder|mieux[ \t]+lire)(?:[ \t]+(?:la|le|les)[ \t]+[a-z \t]{0,20}?(?:produit|description|fiche|conditions|cgv))?|lise[zr][ \t]+(?:les|la|le|mes|nos|mon|notre)[ \t]+(?:cgv|fiche|conditions|description|messages?|instructions|faq|notice|mails?|reponses?)(?:[ \t]+[a-z']+){0,2}?[ \t]+avant[ \t]+de[ \t]+(?:vous[ \t]+plaindre|repondre|raler|insister|(?:nous|me)[ \t]+(?:harceler|relancer))|avant[ \t]+de[ \t]+vous[ \t]+plaindre|arretez[ \t]+de[ \t]+(?:nous[ \t]+)?(?:harceler|spammer|vous[ \t]+plaindre|raler|pleurnicher|insister)(?:[ \t]+avec[ \t]+ca)?|allez[ \t]+(?:voir|acheter)[ \t]+ailleurs|(?:si[ \t]+ca[ \t]+ne[ \t]+vous[ \t]+plait[ \t]+pas|si[ \t]+vous[ \t]+n'etes[ \t]+pas[ \t]+content)(?:,?[ \t]+allez[ \t]+[a-z]+[ \t]+ailleurs)?|on[ \t]+ne[ \t]+va[ \t]+pas[ \t]+y[ \t]+passer[ \t]+(?:la[ \t]+journee|la[ \t]+nuit|des[ \t]+heures)|vous[ \t]+le[ \t]+faites[ \t]+expres|apprenez[ \t]+a[ \t]+lire|tant[ \t]+pis[ \t]+pour[ \t]+vous|vous[ \t]+nous[ \t]+faites[ \t]+perdre[ \t]+(?:notre|du)[ \t]+temps|(?:on|nous)[ \t]+n'(?:allons|va)[ \t]+pas[ \t]+(?:nous[ \t]+|se[ \t]+)?repeter|savez-vous[ \t]+lire|vous[ \t]+savez[ \t]+lire|(?:vous[ \t]+n'avez|tu[ \t]+n'as)[ \t]+qu'a[ \t]+(?:lire|relire|regarder|verifier|chercher|faire[ \t]+attention|mieux[ \t]+lire)(?:[ \t]+(?:la|le|les|nos|vos|tes)[ \t]+[a-z]+)?|(?:c'est[ \t]+)?a[ \t]+prendre[ \t]+ou[ \t]+a[ \t]+laisser|(?:etes-vous|es-tu)[ \t]+(?:seulement|meme)[ \t]+capables?[ \t]+de[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,3}|(?:je[ \t]+vous[ \t]+previens,?[ \t]+|je[ \t]+te[ \t]+previens,?[ \t]+)?ma[ \t]+patience[ \t]+a[ \t]+(?:des|ses)[ \t]+limites|(?:ferme-la|tais-toi|taisez-vous)[ \t]+et[ \t]+[a-z][a-z \t]{0,30}|tout[ \t]+est[ \t]+(?:de[ \t]+)?(?:votre|ta)[ \t]+faute|(?:vous[ \t]+avez|tu[ \t]+as|t'as)[ \t]+tout[ \t]+(?:gache|ruine|foire|fichu[ \t]+en[ \t]+l'air|foutu[ \t]+en[ \t]+l'air)|(?:vous[ \t]+vous[ \t]+(?:foutez|fichez)|tu[ \t]+te[ \t]+(?:fous|fiches))[ \t]+(?:(?:vraiment|carrement|completement|franchement|clairement|ouvertement|encore|bien|royalement|litteralement|totalement|grave)[ \t]+)?(?:de[ \t]+(?:nous|moi|ma[ \t]+gueule|notre[ \t]+gueule|nos[ \t]+gueules|la[ \t]+gueule[ \t]+du[ \t]+monde|du[ \t]+monde)|du[ \t]+monde)|(?:vous[ \t]+vous[ \t]+moquez|tu[ \t]+te[ \t]+moques)[ \t]+(?:(?:vraiment|carrement|completement|franchement|clairement|ouvertement|encore|bien|royalement|litteralement|totalement|grave)[ \t]+)?du[ \t]+monde|(?:arrete|arretez|arretes|cesse|cessez|cesses)[ \t]+de[ \t]+(?:te|vous)[ \t]+(?:foutre|ficher|moquer)[ \t]+(?:(?:vraiment|carrement|completement|franchement|clairement|ouvertement|encore|bien|royalement|litteralement|totalement|grave)[ \t]+)?(?:de[ \t]+(?:nous|moi|ma[ \t]+gueule|notre[ \t]+gueule|nos[ \t]+gueules|la[ \t]+gueule[ \t]+du[ \t]+monde|du[ \t]+monde)|du[ \t]+monde)|(?:debrouillez|demerdez)-vous|(?:demerde|demerdes)-toi|(?:vous[ \t]+etes|t'es|tu[ \t]+es)[ \t]+payee?s?[ \t]+(?:a|pour)[ \t]+(?:rien[ \t]+foutre|ne[ \t]+rien[ \t]+(?:faire|foutre)|glander|rien[ \t]+faire)|pour[ \t]+qui[ \t]+(?:vous[ \t]+vous[ \t]+prenez|tu[ \t]+te[ \t]+prends|vous[ \t]+prenez-vous|te[ \t]+prends-tu)|(?:vous[ \t]+vous[ \t]+prenez|tu[ \t]+te[ \t]+prends|vous[ \t]+vous[ \t]+croyez|tu[ \t]+te[ \t]+crois)[ \t]+pour[ \t]+qui|ne[ \t]+(?:m'obligez|m'oblige|me[ \t]+forcez|me[ \t]+force)[ \t]+pas[ \t]+a[ \t]+(?:me[ \t]+repeter|le[ \t]+redire|revenir|insister)|ne[ \t]+me[ \t]+(?:faites|fais)[ \t]+pas[ \t]+(?:repeter|le[ \t]+redire)|(?:(?:vous[ \t]+commencez|tu[ \t]+commences|ca[ \t]+commence)[ \t]+(?:(?:serieusement|vraiment|franchement|grave|sacrement|salement)[ \t]+)?a[ \t]+me[ \t]+(?:gonfler|saouler|souler|les[ \t]+briser|casser[ \t]+les[ \t]+(?:pieds|couilles|bonbons)|taper[ \t]+sur[ \t]+les[ \t]+nerfs|faire[ \t]+chier)|(?:vous[ \t]+me|tu[ \t]+me)[ \t]+(?:gonflez|gonfles|saoulez|saoules|soulez|soules|les[ \t]+brisez|les[ \t]+brises|cassez[ \t]+les[ \t]+(?:pieds|couilles|bonbons)|casses[ \t]+les[ \t]+(?:pieds|couilles|bonbons)|tapez[ \t]+sur[ \t]+les[ \t]+nerfs|tapes[ \t]+sur[ \t]+les[ \t]+nerfs|faites[ \t]+chier|fais[ \t]+chier))|je[ \t]+ne[ \t]+(?:vais|compte)[ \t]+pas[ \t]+(?:me[ \t]+repeter|le[ \t]+(?:redire|repeter))[ \t]*(?:[.,;:!]|$)|je[ \t]+ne[ \t]+(?:le|me)[ \t]+(?:repeterai|redirai)[ \t]+pas|(?:^|[.!?\n])[ \t]*(?:(?:c'est[ \t]+)?(?:votre|ton|mon)[ \t]+)?(?:dernier|ultime)[ \t]+avertissement[ \t]*(?:[:.,!]|$)|a[ \t]+quoi[ \t]+(?:vous[ \t]+servez|tu[ \t]+sers|(?:ca|cela)[ \t]+sert[ \t]+(?:de[ \t]+vous|que[ \t]+vous))(?:[ \t]+(?:au[ \t]+juste|exactement|franchement))?|(?:vous[ \t]+avez|tu[ \t]+as|t'as)[ \t]+(?:[0-9]+|une|deux|trois|quatre|cinq|sept|dix|quinze|vingt-quatre|quarante-huit)[ \t]*(?:heures?|h|jours?|minutes?|min)[ \t]+pour[ \t]+(?:me|m'|nous)[ \t]*[a-z]+|(?:bravo|felicitations)[ \t]+(?:pour|d'etre)[ \t]+(?:etre[ \t]+)?(?:le|la|les)[ \t]+(?:pires?|plus[ \t]+(?:nuls?|nulles?|incompetent(?:e)?s?|inutiles?))(?:[ \t]+[a-z]+){0,6}|(?:visiblement|apparemment|manifestement|evidemment)[ \t,]+personne[ \t]+ne[ \t]+(?:lit|lis|lira|prend[ \t]+la[ \t]+peine[ \t]+de[ \t]+lire)(?:[ \t]+[a-z']+){0,4}|si[ \t]+(?:vous|tu)[ \t]+(?:aviez|avais)[ \t]+(?:pris[ \t]+la[ \t]+peine|daigne|pris[ \t]+le[ \t]+temps)[ \t]+de[ \t]+(?:lire|regarder|verifier|ouvrir)(?:[ \t]+[a-z']+){0,4}|je[ \t]+vais[ \t]+(?:vous[ \t]+|te[ \t]+)?(?:le[ \t]+|l'[ \t]*)?(?:reformuler|repeter|expliquer|ecrire|redire)[ \t]+(?:plus[ \t]+)?lentement(?:[^.!?\n]{0,40}?(?:rentrera|comprendrez|comprendras|comprendra))?|(?:vous[ \t]+devriez|tu[ \t]+devrais|certaine?s[ \t]+(?:[a-z]+[ \t]+)?devraient)[ \t]+apprendre[ \t]+a[ \t]+lire(?:[ \t]+[a-z']+){0,6}|vous[ \t]+(?:me|nous)[ \t]+(?:arnaquez|escroquez|plumez|depouillez|entubez|volez[ \t]+(?:depuis|encore|chaque|mon|notre|nos|mes|de[ \t]+l'argent)|volez[ \t]*(?:[.,;!?\n]|$))|tu[ \t]+(?:me|nous)[ \t]+(?:arnaques|escroques|entubes|voles[ \t]+(?:depuis|encore|mon|mes|de[ \t]+l'argent))|(?:epargnez|epargne)-(?:moi|nous)[ \t]+(?:vos|tes|ces|les)[ \t]+(?:excuses|discours|salades|baratin|lecons|blablas?|bobards|reclamations|plaintes|jeremiades|remarques|sermons|pleurnicheries|justifications)(?:[ \t]+[a-z']+){0,2})";
    let en = r"(?:(?:nobody|no[ \t]+one)[ \t]+asked[ \t]+(?:for[ \t]+)?(?:your|ur)[ \t]+(?:opinion|input|advice|two[ \t]+cents)|(?:do|does)[ \t]+(?:you|u|anyone|anybody)[ \t]+(?:even|actually)[ \t]+work[ \t]+(?:here|there)|we(?:'ve|[ \t]+have)?[ \t]+already[ \t]+(?:answered|told[ \t]+you|explained)(?:[ \t]+this)?|(?:we're|we[ \t]+are)[ \t]+not[ \t]+going[ \t]+to[ \t]+repeat[ \t]+ourselves|(?:stop|quit|before|keep|you're|you[ \t]+are)[ \t]+wasting[ \t]+(?:our|my)[ \t]+time|take[ \t]+it[ \t]+or[ \t]+leave[ \t]+it|(?:that's|that[ \t]+is|it's|it[ \t]+is)[ \t]+your[ \t]+(?:problem|fault|issue)(?:,?[ \t]+not[ \t]+ours)?|(?:that's|that[ \t]+is|it's|it[ \t]+is|this[ \t]+is)[ \t]+(?:all[ \t]+|entirely[ \t]+|totally[ \t]+|completely[ \t]+|clearly[ \t]+)?your[ \t]+(?:own[ \t]+)?fault|you(?:'ve|[ \t]+have|[ \t]+guys)?[ \t]+(?:completely[ \t]+|totally[ \t]+|just[ \t]+)?(?:ruined|wrecked)[ \t]+(?:everything|it|(?:the|our|my|this)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)|how[ \t]+dare[ \t]+you|don't[ \t]+you[ \t]+(?:ever[ \t]+)?dare[ \t]+(?:ignore|talk|speak|block|delete|contact|message|touch|threaten|lie|tell|lecture|hang[ \t]+up|call|answer|reply|insult|mute|ban|close|cancel|hide|remove|lock|archive|refuse|ghost)[a-z]*(?:[ \t]+[a-z]+){0,3}|(?:^|[,;:.!?])[ \t]*(?:now[ \t]+|just[ \t]+|so[ \t]+|go[ \t]+)?get[ \t]+lost[ \t]*(?:[.,;!?]|$)|are[ \t]+(?:you|u)(?:[ \t]+(?:people|guys|lot))?[ \t]+even[ \t]+capable[ \t]+of[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,3}|my[ \t]+patience[ \t]+(?:has|have)[ \t]+(?:its[ \t]+|some[ \t]+)?limits|(?:it's|it[ \t]+is)[ \t]+not[ \t]+our[ \t]+(?:job|problem|responsibility)(?:[ \t]+to[ \t]+[a-z \t]{0,30}?your[ \t]+[a-z]+)?|you[ \t]+clearly[ \t]+(?:didn't|did[ \t]+not|don't|do[ \t]+not|can't|cannot)[ \t]+(?:read|understand)(?:[ \t]+anything)?|(?:maybe[ \t]+)?try[ \t]+reading[ \t]+(?:the|our)[ \t]+[a-z \t]{0,20}?(?:page|description|terms|faq|instructions|message)|learn[ \t]+(?:how[ \t]+)?to[ \t]+read|read[ \t]+the[ \t]+(?:product[ \t]+page|description|terms|faq|instructions)[ \t]+before[ \t]+(?:complaining|writing)|(?:did|do)[ \t]+you[ \t]+even[ \t]+read|deal[ \t]+with[ \t]+it|stop[ \t]+(?:complaining|whining|harassing[ \t]+us|spamming[ \t]+us|crying)|(?:go[ \t]+)?shop[ \t]+(?:somewhere[ \t]+)?else(?:where)?|if[ \t]+you[ \t]+don't[ \t]+like[ \t]+it,?[ \t]+(?:go|leave|shop)|how[ \t]+many[ \t]+times[ \t]+do[ \t]+we[ \t]+have[ \t]+to|not[ \t]+our[ \t]+problem|what[ \t]+part[ \t]+of[ \t]+[a-z' \t]{1,20}[ \t]+don't[ \t]+you[ \t]+understand|shut[ \t]+up[ \t]+and[ \t]+[a-z][a-z \t]{0,30}|mind[ \t]+your[ \t]+own[ \t]+business|what[ \t]+(?:are|do)[ \t]+you[ \t]+(?:even[ \t]+)?(?:get[ \t]+)?paid[ \t]+for|(?:are|do)[ \t]+you[ \t]+(?:even[ \t]+)?(?:get[ \t]+)?paid[ \t]+to[ \t]+do[ \t]+nothing|who[ \t]+(?:the[ \t]+(?:hell|heck|fuck)[ \t]+)?do[ \t]+you[ \t]+think[ \t]+you[ \t]+are|(?:don't|do[ \t]+not)[ \t]+make[ \t]+me[ \t]+(?:repeat[ \t]+myself|(?:ask|chase|remind|email|call|message)[ \t]+(?:you[ \t]+)?(?:again|twice|a[ \t]+(?:second|third|fourth|fifth|last)[ \t]+time)|say[ \t]+it[ \t]+again|tell[ \t]+you[ \t]+again)|you(?:'re|[ \t]+are)[ \t]+(?:really[ \t]+|seriously[ \t]+)?(?:(?:starting|beginning)[ \t]+to[ \t]+(?:piss[ \t]+me[ \t]+off|get[ \t]+on[ \t]+my[ \t]+nerves|annoy[ \t]+me)|pissing[ \t]+me[ \t]+off|getting[ \t]+on[ \t]+my[ \t]+nerves)|(?:i'm|i[ \t]+am)[ \t]+not[ \t]+(?:asking|telling[ \t]+you|saying[ \t]+(?:it|this))[ \t]+(?:again|twice|a[ \t]+(?:second|third|fourth|last)[ \t]+time)[ \t]*(?:[.,;:!]|$)|i[ \t]+(?:won't|will[ \t]+not)[ \t]+(?:ask|tell[ \t]+you|say[ \t]+(?:it|this))[ \t]+(?:again|twice)[ \t]*(?:[.,;:!]|$)|(?:^|[.!?\n])[ \t]*(?:this[ \t]+is[ \t]+(?:your|my|the)[ \t]+)?(?:last|final)[ \t]+warning[ \t]*(?:[:.,!]|$)|(?:who|what|why|how|where)[ \t]+the[ \t]+(?:hell|fuck|heck|f\*ck)[ \t]+[^.!?\n]{0,30}?you[ \t]+(?:people|lot)(?-u:\b)[ \t]*\??|are[ \t]+(?:you|u)(?:[ \t]+(?:people|guys|lot))?[ \t]+(?:deliberately|intentionally|purposely|actually|really|just|being)[ \t]+(?:that[ \t]+|this[ \t]+|so[ \t]+)?(?:stupid|dense|thick|dumb|obtuse|incompetent|slow|useless|disorganised|disorganized|clueless|lazy)(?:[ \t]+or[ \t]+(?:just[ \t]+)?(?:pretending|what|something)[ \t]*\??)?|(?:congratulations|congrats|well[ \t]+done)[ \t]+(?:on|for)[ \t]+being[ \t]+(?:the[ \t]+)?(?:most[ \t]+(?:useless|incompetent|pathetic|clueless)|worst|least[ \t]+(?:helpful|competent))(?:[ \t]+[a-z]+){0,6}|(?:you|u)(?:[ \t]+have|[ \t]+got|'ve[ \t]+got)[ \t]+(?:[0-9]+|one|two|three|five|seven|ten|twenty-four|forty-eight)[ \t]*(?:hours?|hrs?|h|days?|minutes?|mins?)[ \t]+to[ \t]+(?:refund|reply[ \t]+to|answer|respond[ \t]+to|get[ \t]+back[ \t]+to|call|pay|fix|contact|compensate)[ \t]+(?:me|us|my|this)(?-u:\b)|(?:apparently|clearly|obviously|evidently)[ \t,]+(?:nobody|no[ \t]+one)(?:[ \t]+[a-z']+){0,4}?[ \t]+(?:reads|bothers[ \t]+to[ \t]+read|listens|checks)(?-u:\b)|(?:if[ \t]+)?(?:you|u|your[ \t]+[a-z]+)[ \t]+(?:had[ \t]+)?(?:even[ \t]+)?bothered[ \t]+to[ \t]+(?:read|check|look[ \t]+at|open|listen[ \t]+to)(?:[ \t]+[a-z']+){0,3}|go[ \t]+touch[ \t]+(?:some[ \t]+)?grass|(?:i'll|i[ \t]+will|let[ \t]+me)[ \t]+(?:try[ \t]+)?(?:using|use|to[ \t]+use)[ \t]+(?:smaller|simpler|shorter)[ \t]+words|(?:i'll|i[ \t]+will|let[ \t]+me)[ \t]+(?:say|explain|type|spell)[ \t]+(?:it|this|that)[ \t]+(?:again[ \t]+)?(?:slowly|more[ \t]+slowly)(?:[ \t]+for[ \t]+you)?|(?:i'm|i[ \t]+am)[ \t]+not[ \t]+(?:going[ \t]+to|gonna)[ \t]+(?:chase|remind|ask|tell|email|call|follow[ \t]+up[ \t]+with)(?:[ \t]+you)?[ \t]+(?:again|twice|another[ \t]+time)(?:[ \t]+and[ \t]+again)?[ \t]*(?:[.,;:!]|$)|spare[ \t]+(?:me|us)[ \t]+(?:the|your|these|those)[ \t]+(?:[a-z]+[ \t]+)?(?:apologies|excuses|lecture|sob[ \t]+story|speech|bs|bullshit|nonsense|crap|platitudes)|you(?:'ve[ \t]+been|[ \t]+have[ \t]+been|'re|[ \t]+are|[ \t]+keep)[ \t]+(?:robbing|scamming|fleecing|conning|stealing[ \t]+from|ripping[ \t]+off)[ \t]+(?:me|us|your[ \t]+(?:customers|clients|users))(?-u:\b)|gtfo[ \t]+(?:of|outta|out[ \t]+of)[ \t]+(?:my|here|this)(?:[ \t]+[a-z]+)?)";
    // Taken for a fool, asked once too often, told to hurry, "cut the crap", "don't you ever …",
    // fed up with the reader's excuses.
    let fool = r"(?:teube|teubes|idiot|idiote|idiots|idiotes|imbecile|imbeciles|con|conne|cons|connes|pigeon|pigeons|quiche|quiches|debile|debiles|abruti|abrutie|abrutis|cretin|cretine|cretins|bouffon|bouffonne|bouffons|buse|truffe|andouille|cruche|gogo|gogos|bille|billes|jambon|jambons|enfants|gamins|gamines|vache[ \t]+a[ \t]+lait)";
    let more = format!(
        r"(?:(?:vous[ \t]+me|tu[ \t]+me|vous[ \t]+nous|tu[ \t]+nous|on[ \t]+me|on[ \t]+nous)[ \t]+(?:prenez|prends|prend)[ \t]+(?:vraiment[ \t]+|serieusement[ \t]+|franchement[ \t]+)?pour[ \t]+(?:un|une|des)[ \t]+{fool}(?-u:\b)(?:[ \t]+ou[ \t]+quoi)?|(?:arretez|arrete|arretes|cessez|cesse|cesses)[ \t]+de[ \t]+(?:me[ \t]+|m'[ \t]*|nous[ \t]+)prendre[ \t]+pour[ \t]+(?:un|une|des)[ \t]+{fool}(?-u:\b)|(?:vous[ \t]+m'?avez|vs[ \t]+m'?avez|tu[ \t]+m'as|vous[ \t]+nous[ \t]+avez|tu[ \t]+nous[ \t]+as)[ \t]+(?:vraiment[ \t]+)?pris[ \t]+pour[ \t]+(?:un|une|des)[ \t]+{fool}(?-u:\b)|combien[ \t]+de[ \t]+fois[ \t]+(?:faut-il|faudra-t-il|dois-je|devrai-je|vais-je|je[ \t]+dois|il[ \t]+faut[ \t]+que[ \t]+je|faut-il[ \t]+que[ \t]+je)[ \t]+(?:vous[ \t]+|te[ \t]+)?(?:le[ \t]+|la[ \t]+|les[ \t]+)?(?:dire|repeter|redire|demander|redemander|ecrire|reecrire|expliquer|reexpliquer|relancer|appeler|rappeler)|(?:bouge|bougez|remue|remuez|magne|magnez|grouille|grouillez)-(?:toi|vous)[ \t]+(?:un[ \t]+peu|le[ \t]+train|les[ \t]+fesses)|ne[ \t]+me[ \t]+(?:parlez|parle)[ \t]+(?:plus[ \t]+jamais|jamais|pas|plus)[ \t]+sur[ \t]+ce[ \t]+ton|j'en[ \t]+ai[ \t]+(?:(?:vraiment|franchement|carrement|tellement|grave|completement|plus[ \t]+qu')[ \t]*)?(?:ras[ \t-]+le[ \t-]+bol|marre|assez|plein[ \t]+le[ \t]+dos|ma[ \t]+claque|ras[ \t-]+la[ \t-]+casquette)[ \t]+(?:de[ \t]+|d')(?:vos|tes|votre|ton|ta)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?|(?:arretez|arrete|arretes|cessez|cesse|stop)[ \t]+(?:avec[ \t]+)?(?:vos|tes)[ \t]+(?:conneries|salades|bobards|mensonges|foutaises)|how[ \t]+many[ \t]+(?:more[ \t]+)?times[ \t]+(?:do|must|will|should|did|have)[ \t]+(?:i|we)[ \t]+(?:have[ \t]+to[ \t]+|need[ \t]+to[ \t]+|got[ \t]+to[ \t]+|gotta[ \t]+)?(?:tell|ask|say|explain|repeat|write|call|email|chase|remind)(?:[ \t]+(?:you|this|it|that))?(?:[ \t]+people|[ \t]+guys)?|(?:don't|do[ \t]+not)[ \t]+(?:you[ \t]+)?ever[ \t]+(?:ignore|talk|speak|block|delete|contact|message|touch|threaten|lie|lecture|hang[ \t]+up|insult|mute|ban|treat)[a-z]*(?:[ \t]+[a-z]+){{0,3}}|(?:don't|do[ \t]+not)[ \t]+(?:you[ \t]+)?(?:ever[ \t]+)?(?:talk|speak)[ \t]+to[ \t]+me[ \t]+like[ \t]+that|cut[ \t]+(?:out[ \t]+)?the[ \t]+(?:crap|bullshit|bs|nonsense|excuses|bull)|(?:do|did)[ \t]+you[ \t]+(?:really[ \t]+|seriously[ \t]+|honestly[ \t]+)?(?:think|take)[ \t]+(?:i'm|i[ \t]+am|we're|we[ \t]+are|me[ \t]+for|us[ \t]+for)[ \t]+(?:that[ \t]+)?(?:stupid|dumb|an[ \t]+idiot|idiots|a[ \t]+fool|fools|a[ \t]+moron|morons|blind)|you[ \t]+must[ \t]+(?:think|take)[ \t]+(?:i'm|i[ \t]+am|we're|we[ \t]+are|me[ \t]+for|us[ \t]+for)[ \t]+(?:stupid|dumb|an[ \t]+idiot|idiots|a[ \t]+fool|fools|a[ \t]+moron|morons|blind)|(?:i'm|i[ \t]+am|we're|we[ \t]+are)[ \t]+(?:so[ \t]+|really[ \t]+|getting[ \t]+)?(?:sick[ \t]+(?:and[ \t]+tired[ \t]+)?of|fed[ \t]+up[ \t]+with|tired[ \t]+of)[ \t]+(?:your|you[ \t]+people's|you[ \t]+guys')[ \t]+[a-z]+|(?:i've|i[ \t]+have)[ \t]+had[ \t]+it[ \t]+with[ \t]+(?:your|you[ \t]+people|you[ \t]+guys)(?:[ \t]+[a-z]+)?|do[ \t]+(?:your|ur)[ \t]+(?:job|work)[ \t]+for[ \t]+once|for[ \t]+once[ \t]+in[ \t]+your[ \t]+(?:life|lives)|(?:i'm|i[ \t]+am|we're|we[ \t]+are)[ \t]+(?:so[ \t]+|officially[ \t]+|just[ \t]+)?done[ \t]+being[ \t]+(?:polite|nice|patient|reasonable|civil|courteous|understanding)(?:[ \t]+with[ \t]+(?:you|your)(?:[ \t]+(?:people|guys|lot|company|team))?)?|(?:t'as|tu[ \t]+as|vous[ \t]+avez)[ \t]+(?:(?:tout|bien|vraiment|grave)[ \t]+)?interet[ \t]+a[ \t]+me[ \t]+[a-z]+(?:[ \t]+(?:vite[ \t]+fait|rapidement|vite|tout[ \t]+de[ \t]+suite|aujourd'hui|ce[ \t]+soir|demain))?|meme[ \t]+un[ \t]+(?:enfant|gamin|gosse|bebe)(?:[ \t]+de[ \t]+[0-9a-z]+[ \t]+ans)?[ \t]+(?:comprendrait|aurait[ \t]+compris|y[ \t]+arriverait|saurait[ \t]+lire)|even[ \t]+a[ \t]+(?:child|kid|toddler|baby|(?:[0-9]+|three|four|five|six|seven)[ \t-]+year[ \t-]+old)[ \t]+(?:could|would)(?:'ve|[ \t]+have)[ \t]+(?:understood|got(?:ten)?[ \t]+it|figured[ \t]+(?:it|this|that)[ \t]+out|done[ \t]+(?:it|this|that)[ \t]+right)|(?:voulez-vous|veux-tu|allez-vous|vas-tu)[ \t]+(?:ben|bien)[ \t]+(?:me[ \t]+(?:repondre|rembourser|rappeler|lacher|laisser[ \t]+tranquille|foutre[ \t]+la[ \t]+paix)|arreter))"
    );
    Regex::new(&format!(r"(?-u:\b)(?:{fr}|{en}|{more})")).expect("static regex")
});

/// Brush-offs and crude orders ("occupez-vous de vos affaires", "mêle-toi de tes oignons", "ça ne
/// te regarde pas", "bouge-toi le cul", "faites votre putain de boulot", "none of your
/// business", "do your damn job", "move your ass"); runs only when the gate saw their words.
static BRUSH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:vous[ \t]+vous[ \t]+foutez|tu[ \t]+te[ \t]+fous|ils[ \t]+se[ \t]+foutent)[ \t]+(?:(?:vraiment|carrement|completement|franchement|clairement|ouvertement|encore|bien|royalement)[ \t]+)?(?:de[ \t]+(?:la[ \t]+gueule[ \t]+(?:du[ \t]+monde|des[ \t]+gens|des[ \t]+clients)|ma[ \t]+gueule|nos[ \t]+gueules|notre[ \t]+gueule|nous|moi)|du[ \t]+monde)(?-u:\b)|(?:je|on|nous)[ \t]+(?:ferai|fera|ferons|vais|va|allons)[ \t]+(?:tout[ \t]+(?:faire[ \t]+)?pour[ \t]+)?(?:couler|ruiner|faire[ \t]+fermer)[ \t]+(?:votre|ta|ton|vos|tes)[ \t]+(?:boites?|marques?|entreprises?|societes?|boutiques?|magasins?|business|reputation|commerces?)(?-u:\b)|(?:i|we)(?:'ll|[ \t]+will)[ \t]+(?:(?:make[ \t]+sure[ \t]+to|do[ \t]+everything[ \t]+(?:i|we)[ \t]+can[ \t]+to)[ \t]+)?(?:ruin|sink|bankrupt)[ \t]+your[ \t]+(?:brand|business|company|shop|store|reputation)(?-u:\b)|(?:je|nous)[ \t]+(?:vous|te)[ \t]+(?:somme|sommons)[ \t]+d(?:e[ \t]+|')[a-z]+|(?:i|we)[ \t]+(?:demand|insist)[ \t]+that[ \t]+(?:you|u)[ \t]+[a-z]+|j'exige[ \t]+que[ \t]+(?:vous|tu)[ \t]+[a-z]+|(?:don't|do[ \t]+not|stop|quit)[ \t]+wast(?:e|ing)[ \t]+(?:my|our)[ \t]+(?:(?:damn|fucking|bloody|precious)[ \t]+)?time|(?:vous[ \t]+vous[ \t]+moquez|tu[ \t]+te[ \t]+moques)[ \t]+(?:(?:vraiment|carrement|completement|franchement|clairement|ouvertement|encore|bien|royalement)[ \t]+)?de[ \t]+(?:vos[ \t]+clients|tes[ \t]+clients|vos[ \t]+clientes|ma[ \t]+gueule|nos[ \t]+gueules)(?-u:\b)|(?:occupe|occupez|mele|melez)(?:-toi|-vous|[ \t]+toi|[ \t]+vous)[ \t]+(?:de[ \t]+(?:tes|vos)[ \t]+(?:affaires|oignons)|de[ \t]+ce[ \t]+qui[ \t]+(?:te|vous)[ \t]+regarde)|(?:c'est|ce[ \t]+sont)[ \t]+pas[ \t]+(?:tes|vos)[ \t]+(?:oignons|affaires)|(?:ca|cela)[ \t]+ne[ \t]+(?:te|vous)[ \t]+regarde[ \t]+pas|(?:bouge|bougez|remue|remuez)(?:-toi|-vous|[ \t]+toi|[ \t]+vous)[ \t]+le[ \t]+(?:cul|derriere|popotin)|(?:sors|sortez)(?:-toi|-vous|[ \t]+toi|[ \t]+vous)[ \t]+les[ \t]+doigts(?:[ \t]+du[ \t]+cul)?|(?:fais|faites)[ \t]+(?:donc[ \t]+|juste[ \t]+)?(?:ton|votre)[ \t]+(?:putain[ \t]+de|foutu|fichu|sale)[ \t]+(?:boulot|travail|job|taf)|(?:none|not)[ \t]+(?:of[ \t]+)?your[ \t]+(?:damn[ \t]+|fucking[ \t]+)?business|do[ \t]+your[ \t]+(?:damn|damned|fucking|freaking|bloody|goddamn|effing|frigging)[ \t]+job|(?:move|shift)[ \t]+your[ \t]+(?:ass|butt|arse)|get[ \t]+(?:off[ \t]+your[ \t]+(?:ass|butt|arse)|your[ \t]+(?:ass|butt|arse)[ \t]+in[ \t]+gear|your[ \t]+(?:act|shit|crap|sh\*t)[ \t]+together)|(?:lache|lachez)-(?:moi|nous)[ \t]+(?:la[ \t]+grappe|les[ \t]+baskets|les[ \t]+basques|les[ \t]+bottes)|(?:pull|get)[ \t]+(?:your|ur)[ \t]+finger[ \t]+out|pull[ \t]+(?:your|ur)[ \t]+head[ \t]+in(?-u:\b))").expect("static regex")
});

/// Blame, dismissal and contempt as a grammar rather than as phrases: a second-person subject or
/// object joined to a vocabulary of blame, of servitude, of lost patience or of refusal.
/// Written with plain spaces (each stands for a run of blanks, see [`spaced`]); the folded text
/// has no accents and lower case only.
const BLAME_FR: &[&str] = &[
    // Hindsight blame: "vous auriez dû vous renseigner", "t'aurais pu vérifier", "si vous aviez lu".
    r"(?:vous auriez|tu aurais|t'aurais) (?:(?:quand meme|au moins|simplement|juste|franchement|peut-etre) )?(?:du (?:(?:d'abord|au moins|mieux|bien|simplement|juste) )?(?:vous renseigner|te renseigner|vous informer|t'informer|lire|relire|verifier|regarder|faire attention|reflechir|y penser|mesurer|vous mesurer|prendre la peine|le savoir|vous en douter|t'en douter)|pu (?:(?:au moins|quand meme|simplement|juste) )?(?:vous renseigner|te renseigner|vous informer|t'informer|lire|relire|verifier|faire attention|reflechir|prendre la peine))",
    r"si (?:vous aviez|tu avais|t'avais) (?:(?:bien|seulement|juste|au moins|un peu) )?(?:lu|relu|verifie|fait attention|ouvert les yeux|reflechi)",
    // "la prochaine fois, réfléchissez / lisez / renseignez-vous".
    r"la prochaine fois,? (?:(?:reflechissez|reflechis|lisez|lis|relisez|verifiez|renseignez-vous|renseigne-toi|informez-vous|mesurez|faites attention|fais attention)(?-u:\b)|(?:reflechissez|reflechis|regardez|regarde|lisez|lis) (?:avant|bien|mieux|deux))",
    // "c'était à vous de vérifier".
    r"c'(?:est|etait) (?:a vous|a toi|votre role|ton role|votre responsabilite|ta responsabilite) de (?:verifier|lire|relire|vous renseigner|te renseigner|vous informer|faire attention|mesurer|controler|bien lire)",
    // "il fallait vous renseigner avant".
    r"(?:il )?fallait (?:(?:vous|te) (?:renseigner|informer)|(?:y )?(?:reflechir|penser) avant)",
    // Servitude: "on n'est pas vos larbins", "je ne suis pas votre mère".
    r"(?:on n'est|on est|nous ne sommes|je ne suis|j'suis|je suis) pas (?:vos|tes|votre|ton|ta) (?:(?:petits?|petites?|propres|personnels?|personnelles?|bons?|bonnes?) )?(?:larbins?|esclaves?|domestiques?|bonnes?|boniches?|bonniches?|nounous?|secretaires?|laquais|chiens?|serviteurs?|valets?|meres?|mamans?|souffre-douleurs?|punching-balls?|psys?|employes?|chauffeurs?|coursiers?|majordomes?|baby-sitters?|serpillieres?|paillassons?|vaches? a lait|bonshommes a tout faire|hommes a tout faire)(?-u:\b)",
    r"(?:on n'est|on est|nous ne sommes|je ne suis|j'suis|je suis) pas a (?:votre|ton|ta) (?:service|botte|disposition 24)",
    // "vous n'êtes pas le seul client", "le monde ne tourne pas autour de vous".
    r"(?:vous n'etes|tu n'es|t'es|vous etes|tu es) (?:pas|plus) (?:(?:le|la|les|notre|nos) )?(?:seule?s?|uniques?) (?:client|cliente|clients|clientes|acheteur|acheteuse|acheteurs|personne a attendre)(?-u:\b)",
    r"(?:vous n'etes|tu n'es|t'es) pas (?:le|la) (?:centre|nombril) du monde|le monde ne tourne pas autour de (?:vous|toi)",
    // "estimez-vous heureux qu'on vous réponde", "soyez déjà contents qu'on vous rembourse".
    r"(?:estimez|estime)[- ](?:vous|toi) (?:deja |bien )?(?:heureux|heureuse|heureuses|contents?|contentes?|chanceux|chanceuses?)",
    r"(?:soyez|sois) (?:deja |bien )?(?:contents?|contentes?|heureux|heureuse|heureuses|reconnaissants?|reconnaissantes?) (?:qu'on|que (?:nous|je|l'on)) (?:vous |te |t')?[a-z]+",
    // "personne ne vous a forcé à commander".
    r"personne (?:ne |n')?(?:vous|t') ?(?:a|avait) (?:forcee?s?|obligee?s?|contrainte?s?|mis (?:le|un) couteau sous la gorge)(?: (?:a|de) [a-z]+)?",
    r"(?:on|nous|je) ne (?:vous|t') ?(?:a|avons|ai) (?:pas|jamais) (?:forcee?s?|obligee?s?)(?: (?:a|de) [a-z]+)?",
    // "ça suffit maintenant avec vos réclamations", "assez de vos jérémiades".
    r"(?:ca suffit|c'est bon|assez|y en a marre|basta) (?:maintenant |comme ca )?,? ?(?:avec|de) (?:vos|tes|ces) (?:reclamations|plaintes|jeremiades|messages|mails|e-mails|relances|questions|caprices|menaces|histoires|pleurnicheries|excuses|commentaires|reproches|remarques|exigences|demandes|provocations|lamentations|insultes)(?-u:\b)",
    // Refusing to answer any more: "on ne répondra plus à ce genre de message", "on ne vous répondra plus".
    r"(?:on|nous|je) ne (?:vous |te )?(?:repondra|repondrons|repondrai) plus (?:a|aux) (?:ce genre de|ce type de|ces|ce|cette|de tels|de telles|ce style de) (?:genre de |type de )?(?:messages?|mails?|e-mails?|provocations?|reclamations?|plaintes?|insultes?|questions?|commentaires?|menaces?|jeremiades|demandes?)",
    r"(?:on|nous|je) ne (?:vous|te) (?:repondra|repondrons|repondrai) plus(?: jamais)?(?-u:\b)[\x20\t]*(?:[.,;!?\n]|$)",
    // "on a autre chose à faire que de vous répondre", "on n'a pas que ça à faire".
    r"(?:on|nous|j'|je) ?(?:a|avons|ai) (?:autre chose|mieux|d'autres choses|d'autres chats a fouetter|plus important|plus urgent) a faire que (?:de )?(?:vous|te|t'|vos|tes|repondre|lire|perdre|nous occuper|m'occuper|gerer|traiter|ecouter)",
    r"(?:on|nous|je|j') ?(?:n')?(?:a|avons|ai) pas que (?:ca|cela|vous|toi) a faire",
    r"(?:vous croyez|tu crois|vous pensez|tu penses) (?:(?:vraiment|serieusement|franchement) )?(?:qu'on|que nous|que je|que j') ?(?:n')?(?:a|avons|ai) que (?:ca|cela|vous|toi) a faire",
    // Condescension: "ce n'est quand même pas compliqué", "il suffit de savoir lire".
    r"(?:ce n'est|c'est|c'etait|ce n'etait) (?:quand meme|tout de meme) pas (?:si |bien |tres )?(?:complique|sorcier|difficile|dur|la mer a boire)(?: (?:a|de) (?:comprendre|lire|suivre|saisir))?",
    r"(?:il suffit|suffit|suffisait|il suffisait|il faut|faut|faudrait|encore faut-il|il faudrait) (?:juste |simplement )?(?:de )?savoir lire",
    r"(?:vous ne savez|tu ne sais|tu sais|vous savez) (?:donc |meme |vraiment |toujours )?pas lire",
    // Rhetorical questions: "c'est trop vous demander ?", "c'est quoi votre problème ?".
    r"(?:c'est|c|est-ce que c'est|est-ce) (?:vraiment |donc |si |encore )?trop (?:vous |te |leur )?demander",
    r"c'est quoi (?:votre|ton|leur) (?:probleme|souci|delire)(?: (?:exactement|au juste|franchement))?",
    r"qu'est-ce qui (?:ne )?(?:va|tourne) pas (?:rond )?chez (?:vous|toi)",
    r"qu'est-ce que (?:vous ne comprenez|tu ne comprends|vous comprenez|tu comprends|t'as|vous n'avez|tu n'as) pas (?:compris )?dans",
    r"(?:vous etes|t'es|tu es) (?:sourde?s?|aveugles?|bouchee?s?) (?:ou quoi|ou bien|ou quoi ?)",
    r"(?:tu le fais|c'est fait) expres(?: ou quoi)?",
    // Contemptuous comparison: "un singe ferait mieux que vous", "mon fils de dix ans ferait mieux votre boulot".
    r"(?:un|une|mon|ma|meme un|meme une|meme mon|meme ma) (?:singe|chimpanze|gamin|gamine|enfant|gosse|bebe|chien|chat|poisson rouge|hamster|grand-mere|grand-pere|mamie|papi|stagiaire|fils|fille|neveu|niece|petit frere|petite soeur)(?: (?:savant|dresse|de (?:[0-9]+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze) ans))? (?:ferait|aurait fait|pourrait faire|fera|saurait faire) (?:mieux (?:que (?:vous|toi|votre|ton|vos|tes|ce|cette)|(?:votre|ton) (?:boulot|travail|job|taf|metier))|(?:votre|ton) (?:boulot|travail|job|taf|metier))",
    // « vous n'aviez qu'à lire », « on ne va pas vous tenir la main », « vous ne pouvez vous en
    // prendre qu'à vous-même ».
    r"(?:vous n'aviez|tu n'avais|t'avais|vous n'avez|tu n'as|t'as) qu'a (?:lire|relire|regarder|verifier|chercher|faire attention|mieux lire|vous renseigner|te renseigner|reflechir|pas commander|pas acheter|aller ailleurs|acheter ailleurs|commander ailleurs)",
    r"(?:on ne va pas|on va pas|nous n'allons pas|je ne vais pas|je vais pas) (?:vous|te) tenir la main",
    r"(?:vous ne pouvez|tu ne peux) (?:vous|t') en prendre qu'a (?:vous-memes?|toi-meme)|(?:vous|tu) n'(?:avez|as) qu'a (?:vous|t') en prendre a (?:vous-memes?|toi-meme)",
    r"(?:relisez|relis|lisez|lis)(?:-le|-la|-les)?(?: [a-z']+){0,3},? (?:lentement|doucement|attentivement|correctement) cette fois[\x20\t]*(?:[.,;!\n]|$)",
    r"c'est la derniere fois (?:qu'on|que (?:je|nous)) (?:vous |te )?(?:le |la )?(?:dit|dis|disons|repete|repetons|ecris|explique|redis|previens|demande)(?: poliment| gentiment)?[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:soyez patiente?s?|sois patiente?|attendez|attends|patientez|patiente|faites la queue) (?:votre tour |ton tour )?comme (?:tout le monde|les autres|tous les autres)[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:on|je|nous) s'en (?:fiche|fiche pas mal|fout|moque|balance|tape) (?:royalement |completement )?(?:de|d') (?:votre|vos|ton|ta|tes) (?:avis|opinion|reclamations?|plaintes?|problemes?|histoires?|excuses|commentaires|vie|remarques)",
    r"n'(?:attendez|attends) (?:pas|plus|aucune) (?:de |d')?(?:reponse|retour)(?: de (?:notre|ma) part)?[\x20\t]*(?:[.!;\n]|$)",
    r"(?:vous avez|tu as|t'as) (?:deja |bien )?de la chance (?:qu'on|que (?:nous|je|l'on)) (?:vous |te |t')?(?:reponde|repondions|ait repondu|rembourse|ecoute|lise|ecrive)",
    r"(?:utilisez|utilise|servez-vous de|sers-toi de) (?:votre|ton|ta) (?:cerveau|tete|bon sens|matiere grise|jugeote)(?: (?:pour une fois|un peu))?[\x20\t]*(?:[.,;!\n]|$)|(?:reflechissez|reflechis) (?:un peu|deux secondes|un minimum)(?:[\x20\t]*(?:[.,;!?\n]|$)| avant)",
    // Reproach: « honte à vous », « c'est comme ça que vous traitez vos clients », « vous êtes
    // censés être des professionnels », « vous vivez sur quelle planète ».
    r"honte a (?:vous|toi)[\x20\t]*(?:[.,;!\n]|$)|(?:vous devriez|tu devrais) avoir honte|(?:vous n'avez|tu n'as|t'as) (?:vraiment )?(?:pas|aucune) honte",
    r"(?:c'est|voila) comme ca que (?:vous traitez|tu traites) (?:vos|tes) (?:clients|clientes|abonnes|abonnees)",
    r"(?:vous etes|tu es|t'es) censee?s? etre (?:des |un |une )?(?:professionnels?|professionnelles?|pros?|experts?)",
    r"(?:vous vivez|tu vis|vous venez|tu viens) (?:sur|de) quelle planete|(?:sur|de) quelle planete (?:vivez-vous|vis-tu|venez-vous|viens-tu)",
    r"(?:c'est )?toujours (?:la meme excuse|les memes excuses|la meme rengaine|la meme histoire|le meme refrain|le meme discours) avec (?:vous|toi)",
    r"ne (?:prenez|prends) (?:meme )?pas la peine de (?:me |nous )?(?:repondre|rappeler|vous excuser|t'excuser)[\x20\t]*(?:[.,;!\n]|$)",
    // Sarcastic thanks: "merci pour rien", "merci pour cette réponse bidon".
    r"merci (?:beaucoup |bien )?pour rien[\x20\t]*(?:[.,;!\n]|$)",
    r"merci (?:pour|de) (?:cette|votre|ta|ce|ton) (?:reponse|aide|message|mail|service|soutien) (?:inutile|bidon|toute faite|tout fait|copiee-collee|copie-colle|a cote de la plaque)",
    // Dismissal: "allez vous plaindre ailleurs", "ne nous recontactez plus", "fichez-nous la paix".
    r"(?:allez|va|vas|aller) (?:vous |te )?(?:plaindre|pleurer|raler|chouiner|pleurnicher|geindre|chialer|commander|faire vos achats|faire tes achats|faire vos courses|vous faire rembourser|pleurer ta mere|voir ta mere|ouvrir un ticket) ailleurs",
    r"ne (?:nous|me) (?:recontactez|recontacte|contactez|contacte|ecrivez|ecris|reecrivez|relancez|relance|sollicitez|harcelez|spammez) plus",
    // (A customer's « merci de ne plus me relancer » is an unsubscription, not a brush-off.)
    r"(?:merci de|veuillez|priere de|je vous prie de) ne plus nous (?:recontacter|contacter|ecrire|reecrire|relancer|solliciter|harceler|spammer|deranger|importuner|embeter)",
    r"(?:arretez|arrete|cessez|cesse) (?:de (?:nous|me) (?:ecrire|relancer|contacter|solliciter|bombarder|embeter|emmerder|casser les pieds|envoyer des (?:messages|mails)|inonder|tanner|saouler|soler)|de m'(?:ecrire|embeter|emmerder|envoyer des (?:messages|mails)|inonder))",
    r"(?:fichez|foutez|fiche|fous|lachez)[- ](?:nous|moi) la paix",
    r"(?:debrouille|debrouilles|arrangez)-(?:toi|vous) (?:avec|tout seule?s?|comme (?:vous pouvez|tu peux))",
    // "ce n'est pas notre problème." standing as its own clause.
    r"(?:ce n'est|c'est|ca n'est) (?:pas|plus) (?:notre|mon) (?:probleme|souci|affaire|histoire)(?: (?:pantoute|du tout|hein|perso))?(?: (?:si|que|qu') ?[^.!?\n]{1,80}?)?[\x20\t]*(?:[.,;!?\n]|$)",
    // Closing the subject: « on ne va pas refaire le débat », « c'est non, un point c'est tout ».
    r"on (?:ne va|va) pas (?:refaire|recommencer|rouvrir|relancer) (?:le|ce) debat",
    r"(?:c'est comme ca et pas autrement|un point c'est tout|point final)[\x20\t]*(?:[.;!\n]|$)",
    // Condescension: « vous pensez vraiment qu'on va vous rembourser ? », « je ne vois pas ce
    // qu'il y a de compliqué », « faites un effort de lecture ».
    r"(?:vous croyez|tu crois|vous pensez|tu penses|vous imaginez|tu imagines) (?:vraiment|serieusement) (?:qu'on|que nous|que je) (?:va|allons|vais) (?:vous|te) [a-z]+",
    r"je ne vois pas ce qu'il y a de (?:si )?(?:complique|difficile|sorcier)(?: a comprendre| a lire| la-dedans)?",
    r"(?:faites|fais) un (?:petit )?effort de (?:lecture|comprehension|reflexion)",
    r"(?:vous n'etes|vous etes|tu n'es|t'es|tu es) (?:vraiment )?jamais contente?s?",
    r"(?:vous ne savez|vous savez|tu ne sais|tu sais) (?:meme )?pas de quoi (?:vous parlez|tu parles)",
    r"avant de (?:raler|pleurnicher|chouiner|geindre)",
    // Told already, no use asking again: « on vous l'a déjà dit trois fois », « inutile de nous
    // relancer », « c'est la dernière fois qu'on vous répond », « on ne vous doit rien ».
    r"on (?:vous|te|t') ?l'a deja (?:dit|explique|ecrit|repete)",
    r"(?:on|nous) (?:vous|te|t') ?(?:l'|les )?(?:a|avons) deja (?:dit|repondu|explique|repete|ecrit) (?:[a-z0-9-]+ fois|plusieurs fois|a maintes reprises|a plusieurs reprises)",
    r"(?:inutile|ca ne sert a rien|pas la peine) de (?:nous|me) (?:relancer|recontacter|reecrire|harceler|solliciter|spammer)",
    r"c'est la derniere fois (?:qu'on|que nous|que je) (?:vous|te|t') ?(?:repond|repondons|reponds)",
    r"(?:vous n'obtiendrez|tu n'obtiendras) rien de (?:plus|mieux)",
    r"(?:on|nous) ne (?:vous|te) (?:doit|devons) rien",
    r"(?:on a|nous avons) (?:deja )?(?:assez|suffisamment) perdu de temps (?:avec (?:vous|toi|votre dossier|ton dossier)|sur (?:votre|ton) (?:dossier|cas))",
    r"(?:calmez-vous|calme-toi) et (?:relisez|relis|lisez|lis)",
    // Blame turned on the reader: « c'est vous qui l'utilisez mal », « nous ne sommes pas
    // responsables de vos erreurs », « prenez-vous-en à vous-même », « on n'en serait pas là ».
    r"c'est (?:vous|toi) qui (?:[a-z']+ ){0,3}?(?:mal|de travers|a l'envers|tort|vous trompez|te trompes|n'avez rien|n'as rien)",
    r"(?:nous ne sommes|on n'est|on est) pas responsables? (?:de|des) (?:vos|tes) (?:erreurs|betises|oublis|maladresses|negligences|choix)",
    r"(?:ce n'est|c'est) pas (?:de )?notre faute si (?:vous|tu)",
    r"(?:prenez-vous-en|prends-t'en) a (?:vous|toi)-memes?",
    r"(?:on|nous|vous) n'en (?:serait|serions|seriez) pas la",
    r"vous nous faites perdre (?:un temps precieux|beaucoup de temps|un temps fou)",
    r"(?:ce n'est|c'est) pas la peine de (?:vous|t') ?(?:enerver|emporter|facher|monter sur vos grands chevaux)",
    r"(?:vous cherchez|tu cherches) (?:vraiment |encore )?la petite bete",
    r"(?:vous en faites|tu en fais) (?:tout )?un fromage",
    r"(?:votre|ton) avis,? (?:on|nous) (?:s'en|nous en) (?:passera|passerons|passe|fiche|fout|moque)",
    r"(?:vous pourriez|tu pourrais) (?:au moins )?faire un (?:petit )?effort (?:pour|de) (?:comprendre|lire|suivre|comprehension|lecture)",
    r"ne (?:nous|me) (?:dites|dis) pas comment (?:faire|gerer|mener) (?:notre|mon) (?:travail|metier|boulot|entreprise|boutique)",
    // Wasted time, told N times, no more answers, a closed file: « arrêtez de nous faire perdre
    // notre temps », « ça fait trois fois qu'on vous explique », « on ne répondra plus à vos
    // messages », « ce dossier est clos. », « vous avez un problème de compréhension ? ».
    r"(?:arretez|arrete|cessez|cesse) de (?:nous|me) faire perdre (?:notre|mon|du) temps",
    r"(?:ca fait|c'est la) (?:[a-z0-9-]+ )?(?:fois|fois) (?:qu'on|que nous|que je) (?:vous|te|t') ?(?:l')?(?:explique|expliquons|dit|disons|repete|repetons|redis)",
    r"(?:on|nous) ne (?:vous|te) (?:repondra|repondrons|repondrai) plus|(?:on|nous) ne (?:repondra|repondrons|repondrai) plus a (?:vos|tes) (?:messages|mails|e-mails|relances|questions|reclamations)",
    r"(?:ce|votre|ton) (?:dossier|ticket|sujet|echange) est (?:clos|ferme|classe)[\x20\t]*(?:[.;!\n]|$)",
    r"(?:vous avez|tu as|t'as) (?:un|des) (?:probleme|problemes|souci|soucis) de (?:comprehension|lecture)",
    r"(?:vous n'avez|tu n'as) (?:visiblement|manifestement|clairement|toujours|decidement) pas compris",
    r"(?:vous exagerez|tu exageres) (?:completement|vraiment|totalement|encore|comme d'habitude)",
    r"(?:reglez|regle|voyez|vois) (?:vos|tes) (?:problemes|soucis|histoires) avec [^.!?\n]{1,30}? pas avec nous",
    // The reader as a nuisance, fed up with them, their complaints worn out, their view of no
    // interest: « vous êtes pénible », « on en a marre de vous », « vos réclamations deviennent
    // lassantes », « votre avis ne nous intéresse pas », « posez-vous des questions. ».
    r"(?:vous etes|tu es|t'es) (?:(?:vraiment|tellement|franchement|tres|trop|decidement|toujours|super|grave|carrement|sacrement) )?(?:penibles?|fatigante?s?|insupportables?|exasperante?s?|agacante?s?|epuisante?s?|relous?|invivables?|lourdingues?|lourde?s?|saoulante?s?|soulante?s?)(?-u:\b)",
    r"(?:ca|c'est|cela) (?:devient |commence a (?:devenir|etre) )?(?:(?:vraiment|franchement|tres|assez|un peu) )?(?:penible|fatigant|lassant|epuisant|insupportable|usant|saoulant|soulant) (?:de|d') ?(?:vous|te|t') ?(?:lire|relire|repondre|parler|supporter|avoir|ecouter|expliquer)",
    r"(?:on|nous|j') ?en (?:a|avons|ai) (?:(?:vraiment|franchement|tous|carrement|grave|plus qu') ?)?(?:marre|assez|ras le bol|ras-le-bol|plein le dos|soupe) (?:de |d')(?:vous|toi|vos|tes|votre|ton|ta)(?-u:\b)",
    r"(?:vos|tes|ces) (?:reclamations|plaintes|jeremiades|messages|mails|relances|remarques|commentaires|caprices|exigences|lamentations|questions|histoires|menaces) (?:(?:a repetition|incessante?s|continuelle?s|permanente?s) )?(?:sont|deviennent|commencent a (?:etre|devenir)) (?:(?:vraiment|franchement|tres|un peu|carrement|serieusement|sacrement|assez) )?(?:penibles|lassante?s|fatigante?s|ridicules|insupportables|epuisante?s|agacante?s|saoulante?s|soulante?s|pesante?s|lourde?s)",
    r"(?:votre|ton|ta|vos|tes) (?:avis|opinions?|ressenti|reclamations?|plaintes?|critiques?|remarques?|commentaires?) (?:ne )?(?:nous |m'|me )?(?:interesse|interessent|compte|comptent|regarde|regardent) (?:absolument |vraiment |franchement )?(?:pas|guere|pas du tout)(?-u:\b)",
    r"(?:posez|pose)-(?:vous|toi) (?:les bonnes |des |quelques |deux |un peu de )?questions[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:vous etes|tu es|t'es) (?:le|la) (?:seule?|seul client|seule cliente|seule personne|seul acheteur|seule acheteuse) (?:a (?:vous|te) plaindre|a (?:raler|pleurnicher|chouiner)|a avoir (?:un|ce) (?:probleme|souci))",
    r"(?:arretez|arrete|cessez|cesse) de (?:chouiner|geindre|gemir|vous lamenter|te lamenter|pleurer|chialer|te plaindre|pleurnicher)(?-u:\b)",
    // Sarcasm on the reader's time, morals, manners and place: « vous n'avez rien de mieux à
    // faire ? », « gardez vos leçons de morale pour vous », « vous vous croyez où ? », « le jour
    // où vous lirez nos messages… », « vous nous faites un caprice », « on ne va pas se mettre à
    // genoux », « on vous a assez vu ».
    r"(?:vous n'avez|tu n'as|t'as|vous avez|tu as) (?:vraiment |donc |decidement )?(?:rien de mieux|que ca|pas mieux|pas d'autres? choses?) a faire",
    r"(?:vous avez|tu as|t'as) (?:vraiment|decidement|visiblement|beaucoup) (?:de |du )?temps a perdre",
    r"(?:gardez|garde|garder|garde-toi|gardez-vous) (?:vos|tes) (?:lecons|conseils|commentaires|remarques|sermons|avis|opinions|jugements|critiques|reflexions)(?: de morale)? pour (?:vous|toi)",
    r"(?:nous|me|vous) (?:faire|faites|fais|faisiez|fassiez) la (?:morale|lecon)",
    r"(?:vous vous croyez|tu te crois|vous vous pensez|tu te penses) ou(?-u:\b)",
    r"le jour ou (?:vous|tu) (?:lirez|liras|comprendrez|comprendras|apprendrez|apprendras|saurez|sauras|ecouterez|ecouteras)[^.!?\n]{0,50}?,? (?:on|nous|je) (?:pourra|pourrons|pourrai|en reparlera|en reparlerons|discutera|discuterons|parlera|parlerons|verra|verrons)(?-u:\b)",
    r"(?:vous (?:nous|me) faites|tu (?:nous|me) fais|vous etes en train de (?:nous|me) faire|tu es en train de (?:nous|me) faire) (?:un |une |tout un |toute une |un petit |une petite )?(?:caprice|crise|scene|cinema|comedie|drame|fromage|montagne)(?-u:\b)",
    r"(?:on ne va|on va|nous n'allons|je ne vais|je vais) pas (?:se|nous|me) (?:mettre|jeter) a genoux",
    r"(?:on|nous) (?:vous|t') ?a (?:assez|trop|suffisamment) (?:vu|entendu|lu)(?-u:\b)",
    // Firm to the point of contempt: « comme déjà précisé à trois reprises », « inutile d'y
    // revenir », « votre insistance ne changera rien », « si lire une fiche est trop compliqué
    // pour vous », « il va falloir apprendre à être patient », « ce n'est pas en criant que vous
    // aurez raison », « vous racontez n'importe quoi », « la réponse reste non », « vous pouvez
    // toujours essayer ».
    r"comme (?:deja |deja bien )?(?:precise|indique|dit|explique|repete|ecrit|mentionne) (?:a |plus de )?(?:[a-z0-9-]+ reprises|[a-z0-9-]+ fois|plusieurs reprises|maintes reprises|plusieurs fois)",
    r"inutile (?:d'y revenir|de revenir (?:la-dessus|sur ce point|sur ce sujet|a la charge))",
    r"(?:votre|ton|ta) (?:insistance|acharnement|obstination|entetement|perseverance) (?:ne (?:changera|change|servira) (?:rien|a rien)|n'y changera rien)",
    r"si (?:lire|comprendre|suivre|lire et comprendre) [^.!?\n]{1,40}? (?:est|c'est) (?:vraiment )?trop (?:complique|difficile|dur) pour (?:vous|toi)",
    r"(?:il va falloir|il faudra|va falloir|faudra|vous devrez|tu devras) (?:apprendre a (?:etre (?:un peu )?(?:plus )?patiente?s?|patienter|attendre)|apprendre la patience)",
    r"(?:ce n'est|c'est|ce n'est pourtant) pas en (?:criant|hurlant|gueulant|insistant|nous insultant|m'insultant|ecrivant en majuscules|tapant en majuscules|nous menacant)(?: (?:plus fort|davantage|encore))? (?:que|qu') ?(?:vous|tu) (?:aurez|auras|obtiendrez|obtiendras|allez|vas|aurez gain)",
    r"(?:vous racontez|tu racontes|vous dites|tu dis|vous ecrivez|tu ecris) (?:vraiment |franchement |encore |juste |tout et )?n'importe quoi",
    r"(?:la|notre|ma) reponse (?:reste|est toujours|sera toujours|restera|est et restera) (?:un )?non",
    // Curt condescension: « on ne va pas vous faire un dessin », « faut vous le dire en quelle
    // langue ? », « il faut tout vous mâcher », « et vous êtes fier de vous ? », « vous avez
    // vraiment cru que ça marcherait ? », « non mais allô, quoi ».
    r"(?:on ne va|on va|je ne vais|je vais|nous n'allons|faut-il|faudrait-il|doit-on|on doit) (?:pas )?(?:vous|te) faire un (?:dessin|schema)",
    r"(?:faut|il faut|faudra|faut-il|dois-je|je dois) (?:vous|te) (?:le |l')?(?:dire|expliquer|ecrire|repeter) en quelle langue",
    r"(?:il faut|faut|faudrait) (?:tout )?(?:vous|te) (?:macher|prendre par la main|expliquer comme a un enfant)",
    r"(?:et )?(?:vous etes|t'es|tu es) (?:fiere?s?|contente?s?) de (?:vous|toi)[\x20\t]*\?",
    r"(?:vous avez|tu as|t'as) (?:vraiment|serieusement|franchement) cru que (?:ca|cela|ce truc) (?:marcherait|passerait|allait (?:marcher|passer))",
    r"non mais allo,? quoi",
    // Contempt for a creator's work and worth: « ton contenu est nul », « tes stats sont
    // gonflées », « on ne te paiera pas un centime », « tu devrais être content qu'on te
    // réponde », « les influenceurs comme toi, on en trouve à la pelle », « tu crois vraiment
    // valoir 500 € la story ? », « reviens quand tu auras une vraie communauté », « on t'a fait
    // une faveur ». Only the reader's own work, and only strong words: « le premier packaging
    // était un peu nul » is the brand's own, and mild.
    r"(?:ton|ta|tes|votre|vos) (?:contenus?|videos?|posts?|photos?|story|stories|reels?|travail|taf|proposition|offre|devis|stats|statistiques|chiffres|audience|communaute|tarifs?|feed|profil|pitch) (?:est|sont|etait|etaient|reste|restent) (?:(?:vraiment|franchement|completement|totalement|carrement|juste|tellement) )?(?:nulle?s?|ridicules?|minables?|pitoyables?|pathetiques?|a chier|a vomir|bidons?|gonflee?s?|truquee?s?|bidonnee?s?|d'une nullite|une (?:vraie )?blague|de la merde|risibles?)(?-u:\b)",
    r"(?:on|nous|je) ne (?:te|vous) (?:paiera|paierons|paierai|payera|payerons|donnera|donnerons|verserons|verserai) (?:pas|jamais) (?:un centime|un sou|un rond|un kopeck|un seul euro|un euro)",
    r"(?:tu devrais|vous devriez) (?:deja )?(?:etre|vous estimer|t'estimer) (?:contente?s?|heureux|heureuses?|reconnaissante?s?) (?:qu'on|que nous|que l'on|que je) (?:te |vous |t')?[a-z]+",
    r"(?:des|les) [a-z]+ comme (?:toi|vous),? (?:on en trouve|il y en a|y en a|on en a) (?:a la pelle|des milliers|des centaines|partout|treize a la douzaine)",
    r"(?:tu crois|vous croyez|tu penses|vous pensez) (?:vraiment|serieusement) valoir",
    r"(?:reviens|revenez)(?: nous voir| vers nous)? quand (?:tu auras|vous aurez) (?:une vraie|un vrai|de vrais|de vraies|plus d'|plus de)",
    r"(?:on|nous|je) (?:t'|vous) ?(?:a|avons|ai) (?:deja )?fait une (?:faveur|fleur)",
    r"(?:vous pouvez|tu peux) (?:toujours|bien) (?:essayer|insister|nous relancer|relancer|reessayer|demander)(?: autant que (?:vous voulez|tu veux))?,? (?:la|notre) reponse (?:sera|restera) (?:la meme|identique|non)",
    // Ultimatums with a deadline: "vous avez jusqu'à lundi pour me rembourser", "remboursez-moi avant vendredi, sinon j'appelle mon avocat".
    // Contempt for the customers: « vous n'avez aucun respect pour vos clients », « vous mentez
    // depuis le début », « vous prenez vos clients pour des vaches à lait », « vous volez vos
    // clients », « vous lisez vos messages oui ou non ? », « vous croyez vraiment qu'on va avaler
    // ça ? », « vous allez entendre parler de moi », « vous êtes même pas foutus de me répondre ».
    r"(?:vous n'avez|tu n'as|t'as|vous avez) (?:(?:vraiment|strictement|absolument) )?(?:aucun|aucune|zero|pas de|pas une once de|pas un gramme de) (?:respect|consideration|honte|scrupules?|dignite|parole)(?-u:\b)",
    r"(?:vous|tu) (?:nous |me )?(?:mentez|mens) (?:depuis|encore|toujours|sans arret|en permanence|comme (?:vous respirez|tu respires)|a vos clients|a tes clients|effrontement|ouvertement)(?-u:\b)",
    r"(?:arretez|arrete|cessez|cesse) de (?:nous |me )?(?:mentir|prendre pour des [a-z]+)(?-u:\b)",
    r"(?:vous|tu) (?:prenez|prends) (?:(?:vraiment|clairement|carrement|franchement|encore) )?(?:(?:vos|tes|les) (?:clients|clientes|abonnes|followers|gens|consommateurs)|les gens) pour des (?:vaches a lait|pigeons|cons|idiots|imbeciles|jambons|billes|truffes|quiches|debiles|abrutis|poires|buses|pigeons|gogos|demeures|abrutis)(?-u:\b)",
    r"(?:vous|tu) (?:volez|voles|arnaquez|arnaques|escroquez|escroques|plumez|plumes|roulez|rackettez|depouillez) (?:(?:vraiment|clairement|carrement|ouvertement|litteralement) )?(?:vos|tes|les) (?:clients|clientes|abonnes|consommateurs|gens)(?-u:\b)",
    r"(?:vous lisez|tu lis) (?:(?:meme|au moins|seulement) )?(?:vos|tes|mes|nos|les) (?:messages|mails|reponses|commentaires|dm)(?: ?,? oui ou non| au moins)",
    r"(?:vous croyez|tu crois) (?:vraiment|serieusement|franchement|honnetement) (?:qu'on|que je|que nous|que les gens|que vos clients) (?:va|vais|allons|vont) (?:avaler|gober|croire|accepter|payer)(?-u:\b)",
    r"(?:vous allez|tu vas) (?:entendre parler de (?:moi|nous)|avoir de mes nouvelles)(?-u:\b)",
    r"(?:vous n'etes|vous etes|t'es|tu n'es|tu es) (?:meme )?pas (?:meme )?(?:fichue?s?|foutue?s?|capables?) (?:de|d') ?(?:me|nous|m'|leur|lui) ?(?:repondre|rappeler|rembourser|livrer|envoyer|ecrire|dire|expliquer|aider|prevenir|tenir)(?-u:\b)",
    // Sarcasm and defiance aimed at the reader: « bravo la transparence », « vous censurez
    // tout », « vous me prenez pour qui ? », « tu crois que je vais laisser passer ça ? »,
    // « vous recrutez vraiment n'importe qui », « soit vous me remboursez, soit je porte
    // plainte », « tu te crois drôle ? », « répondez-moi tout de suite ».
    r"bravo (?:pour )?(?:la|le|votre|ta) (?:transparence|communication|reactivite|honnetete|qualite|competence|professionnalisme|gestion|serieux|service client|respect)(?-u:\b)",
    r"(?:vous|tu) (?:censurez|censures) (?:tout|tous les|toutes les|systematiquement|chaque)(?: [a-z']+){0,4}",
    r"(?:vous|tu) (?:me|nous) (?:prenez|prends) (?:vraiment |encore )?pour (?:qui|quoi)(?-u:\b)",
    r"(?:vous avez|tu as|t'as) jusqu'a (?:demain|ce soir|ce midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|la fin (?:de la semaine|du mois|de la journee)|[0-9]+ ?h(?:eures?)?[0-9]*),? (?:sinon|ou|ou bien|sans quoi|faute de quoi),? (?:je|j'|on|nous|mon avocat) ?[a-z]+",
    r"(?:tu crois|vous croyez|tu penses|vous pensez) (?:vraiment |serieusement )?(?:que|qu') ?(?:je|on|j') ?(?:vais|va) (?:laisser (?:passer|faire|tomber)|oublier|me laisser faire|lacher l'affaire)(?-u:\b)",
    r"(?:vous recrutez|vous embauchez|vous engagez|tu recrutes|ils recrutent) (?:vraiment |franchement |litteralement )?n'importe qui(?-u:\b)",
    r"(?:vous vous|tu te) (?:foutez|fichez|fous|fiches|moquez|moques) de (?:la gueule de )?qui(?-u:\b)",
    r"soit (?:vous|tu) [a-z' ]{2,40}?,? soit (?:je|j'|on|nous) ?[a-z]+",
    r"(?:tu te crois|vous vous croyez|tu te trouves|vous vous trouvez) (?:vraiment |tellement |tres )?(?:drole|droles|malin|maline|maligne|malins|marrant|marrante|marrants|intelligent|intelligente|superieure?s?|au-dessus|plus malin|plus intelligent)(?-u:\b)",
    r"(?:repondez|reponds|rappelez|rappelle)-(?:moi|nous) (?:tout de suite|maintenant|immediatement|sur-le-champ|illico)(?-u:\b)",
    // « faudrait peut-être apprendre à lire », « je suis pas payé pour faire votre taf », « ça
    // commence à bien faire », « on vous doit rien », « lâchez-nous avec vos réclamations », « je
    // vais pas vous répondre dix fois », « vous n'aviez qu'à choisir », « vous l'avez bien
    // cherché », « vous comprenez rien à ce qu'on vous dit », « on se fout de ma gueule ».
    r"(?:il )?(?:(?:vous|te) faudrait (?:peut-etre |ptet |p'tet )?|faudrait (?:peut-etre|ptet|p'tet) )(?:apprendre|savoir) a lire",
    r"(?:je suis|j'suis|je ne suis|on est|on n'est|nous ne sommes|nous sommes) pas payee?s? pour (?:faire )?(?:votre|ton|vos|tes|ta) (?:taf|boulot|travail|job|sale boulot)",
    r"ca commence a (?:bien |serieusement |vraiment )?faire(?: (?:vos|tes|ces) [a-z]+)?[\x20\t]*(?:[.,;!?\n]|$)",
    r"(?:on|nous|je) (?:ne )?(?:vous|te|t') ?(?:doit|devons|dois) rien(?: du tout)?",
    r"(?:lachez|lache)-(?:nous|moi) (?:avec (?:vos|tes|ces)|un peu avec (?:vos|tes|ces|votre|ton|ta)) [a-z]+",
    r"je (?:ne )?vais pas (?:vous |te )?(?:repondre|repeter|le redire|le repeter|l'expliquer|le dire|l'ecrire) (?:dix|cent|mille|vingt|deux|trois|quatre|cinq|[0-9]+) fois",
    r"(?:vous n'aviez|tu n'avais|t'avais|vous aviez) qu'a (?:pas )?(?:choisir|lire|relire|regarder|verifier|commander|acheter|faire attention|mesurer|prendre|mieux|reflechir|vous renseigner|te renseigner)(?-u:\b)",
    r"(?:vous|tu) l'(?:avez|as) (?:bien |vraiment )?cherche(?-u:\b)",
    r"(?:vous ne comprenez|vous comprenez|tu comprends|tu ne comprends) (?:vraiment |donc |decidement |toujours )?rien a ce qu'on (?:vous|te) (?:dit|ecrit|explique)",
    r"on se (?:fout|fiche) (?:(?:clairement|vraiment|carrement|franchement|royalement|bien) )?de (?:ma|notre|nos) gueules?",
    // « vous êtes pas le centre du monde », « je t'ai déjà répondu », « assumez maintenant », « on
    // va pas refaire le monde pour vous », « on est pas là pour vous tenir la main », « on n'a
    // aucun compte à vous rendre », « revenez quand vous aurez lu », « vous nous fatiguez »,
    // « vous ferez comme tout le monde », « arrêtez de nous bassiner », « pas de temps à perdre
    // avec », « c'est la dernière fois que je le répète », « pas la peine d'en rajouter », « t'as
    // qu'à te débrouiller », « on n'est pas votre service de réclamation perso »
    r"(?:vous etes|tu es|t'es|vous n'etes|tu n'es) (?:pas|plus) (?:le|la) (?:centre|nombril) du monde",
    r"(?:je|j') ?(?:t'|vous )(?:ai|avais) deja (?:repondu|dit|explique),? (?:relis|relisez|lis|lisez|c'est (?:clair|tout|bon))(?-u:\b)",
    r"(?:assumez(?: maintenant| donc| vos choix|-le|-la)?|assumes? tes choix)[\x20\t]*(?:[.,;!?\n]|$)",
    r"(?:on|je|nous) (?:ne )?(?:va|vais|allons) pas refaire le monde pour (?:vous|toi)",
    r"(?:on|je|nous) (?:n')?(?:est|suis|sommes) pas la pour (?:vous|te|t') ?(?:tenir la main|materner|torcher|border)",
    r"(?:on|je|nous) (?:n')?(?:a|ai|avons) (?:aucun|pas de|pas) comptes? a (?:vous|te) rendre",
    r"(?:revenez|reviens) quand (?:vous aurez|tu auras) (?:lu|compris|verifie|relu)",
    r"(?:vous|tu) (?:nous|me|m') ?(?:fatiguez|fatigues|epuisez|epuises|cassez les pieds|casses les pieds|cassez les oreilles)",
    r"(?:vous ferez|tu feras) comme tout le monde",
    r"(?:arretez|arrete|arretes|cessez) de (?:nous|me) (?:bassiner|casser les pieds|saouler|gonfler)",
    r"(?:on|je|nous) (?:n')?(?:a|ai|avons) pas (?:de )?temps a perdre avec",
    r"c'est la derniere fois que (?:je|j') ?(?:le |te |vous )?(?:repete|dis|explique|ecris|reponds)",
    // « à la Saint-Glinglin ? »: never, said to the reader's face.
    r"(?:a la saint-glinglin|aux calendes grecques)[\x20\t]*\?",
    r"pas (?:la peine|besoin) d'en rajouter",
    r"(?:t'as|tu as|vous avez|t'avais|tu n'as|vous n'avez) qu'a (?:te|vous) debrouiller",
    r"(?:on n'est|on est|nous ne sommes|je ne suis|je suis) pas (?:votre|ton|ta) (?:service|bureau|guichet) (?:de reclamations?|des reclamations|client|apres-vente)(?: (?:perso|personnel|prive))?",
    // « je répète pas deux fois », « tu sors et tu reviens plus », Quebec's « mange donc d'la
    // marde » (eat shit).
    r"(?:je|j') ?(?:ne )?(?:le |te |vous )?(?:repete|redis|dis) pas deux fois",
    r"(?:et|puis) (?:tu|vous) (?:ne )?(?:reviens|revenez|remets|remettez) (?:plus|jamais)(?-u:\b)",
    r"(?:mange|manges|mangez) (?:donc |done )?(?:de la|d'la|d la) (?:marde|merde)",
    // Sarcasm and blame: « vous gérez ce club comme des amateurs », « bravo au génie qui… »,
    // « quel talent pour ne jamais répondre », « vous êtes vraiment doués pour faire fuir… »,
    // « vous feriez mieux de fermer boutique », « c'est vous qui avez perdu mon dossier, pas
    // moi », « ton boulot c'est de répondre, alors réponds ».
    r"(?:vous gerez|tu geres|vous dirigez|tu diriges) (?:ce|cette|votre|vos|ton|ta|tes|la|le|les) [a-z-]+(?: [a-z-]+)? comme (?:des|un|une) (?:amateurs?|pieds|manches|branques|guignols|gamins|enfants|clowns)",
    r"bravo (?:au|aux|a la|a l') ?(?:genie|genies|cerveau|cerveaux|lumiere|lumieres|petit malin|petits malins|grand strategie|stratege|strateges) qui",
    r"bravo les (?:cerveaux|genies|lumieres|strateges|artistes|guignols|amateurs)(?-u:\b)",
    r"(?:vous auriez|tu aurais|t'aurais) pu [a-z']+(?: [a-z']+){0,3},? mais non",
    r"(?:vous etes|t'es|tu es) (?:vraiment |tellement |drolement )?doue(?:e)?s? pour (?:faire fuir|perdre|rater|gacher|couler|saboter|decevoir|ignorer|ne jamais|ne rien|tout (?:rater|gacher|casser))",
    r"(?:vous feriez|tu ferais|vous devriez|tu devrais) mieux de (?:fermer (?:boutique|la boutique|le club|votre boite|ta boite)|changer de (?:metier|boulot|job)|demissionner|rendre (?:votre|ton) tablier)",
    r"(?:vous faites|tu fais) expres de ne (?:pas|rien) comprendre",
    r"(?:ton|votre) (?:boulot|travail|job|role|metier) c'est de [a-z]+,? alors [a-z]+",
    r"une (?:blague|farce|honte|plaisanterie|catastrophe),? comme (?:toi|vous)(?-u:\b)",
    r"on se croirait (?:dans un sketch|au cirque|dans un cirque|chez les guignols)",
    r"quel(?:le)? (?:(?:merveilleuse|brillante|geniale|lumineuse|belle|superbe) )?(?:idee|talent|exploit|prouesse|performance|genie) (?:de|pour) (?:ne (?:jamais|pas|rien|plus)|perdre|rater|oublier|casser|laisser|fermer|annuler|supprimer)",
    r"(?:arrete|arretez|arretes) de (?:te|vous) cacher derriere",
    r"c'est (?:vous|toi) qui (?:avez|as) rendu (?:mon|ma|mes|notre|nos) [a-z]+ (?:malades?|inutilisables?)",
    r"c'est (?:vous|toi) qui (?:avez|as) [a-z]+(?: [a-z']+){0,4},? pas (?:moi|nous)(?-u:\b)",
    r"c'est toujours la meme (?:chose|histoire|rengaine) avec (?:vous|toi)",
    r"(?:vous avez|tu as|t'as) (?:vole|pique) (?:notre|mon|nos|mes) (?:argent|fric|pognon|thune|sous)",
    r"(?:vous avez|tu as|t'as) laisse (?:mourir|crever|pourrir)",
    r"(?:vous avez|tu as|t'as) sabote (?:toute|tout) (?:la|le|l'|notre|nos) ?[a-z]+",
    r"c'est (?:ton|votre|leur) incompetence qui",
    r"merci (?:infiniment |beaucoup |bien )?(?:de|pour) m'avoir fait (?:attendre|poireauter|perdre)",
    r"(?:tu n'as|vous n'avez|t'as|tu as|vous avez) jamais ete (?:foutue?s?|fichue?s?|capables?) de",
    r"(?:tu me fais|vous me faites|tu nous fais|vous nous faites) perdre (?:mon|notre) temps",
    r"(?:vous encaissez|tu encaisses) et (?:apres|ensuite|puis) (?:plus )?personne",
    // « vous êtes jamais foutus de tenir un horaire », « tu assumes jamais rien »
    r"(?:vous etes|vs etes|t'es|tes|tu es) (?:jamais|toujours pas) (?:foutue?s?|fichue?s?|capables?) (?:de|d') ?[a-z]+",
    r"(?:tu n'assumes|tu assumes|vous n'assumez|vous assumez) (?:jamais|rien)(?-u:\b)",
    // condescension: « si vous lisiez le règlement, vous ne poseriez pas la question »
    r"si (?:vous|vs|tu) (?:lisiez|lisais|saviez lire|savais lire)(?-u:\b)",
    r"(?:tu te reveilles|vous vous reveillez|vs vous reveillez) enfin",
    r"(?:reveillez|reveille)-(?:vous|vs|toi) un peu",
    r"(?:c'est|cest|c) a cause (?:de|des) (?:gens|personnes|types|mecs|clients|joueurs|membres|abrutis) comme (?:toi|vous)",
    r"(?:vous vous croyez|vs vous croyez|tu te crois) tout permis",
    r"(?:t'as|tas|tu as|tu n'as|vous avez|vous n'avez|vs avez) rien (?:foutu|fichu|branle)(?-u:\b)",
    r"(?:c'est|cest|c|ce n'est) pas a moi (?:de|d') ?(?:vous|t') ?apprendre (?:votre|ton|vos|tes) (?:boulot|metier|travail|job|taf|role)",
    r"(?:vous avez|vs avez|tu as|t'as|tas) (?:fait|fais) expres (?:de|d')",
    r"si (?:t'as|tas|tu as|t'es|vous avez|vs avez) (?:des|les) couilles",
    r"(?:vous avez|vs avez|tu as|t'as|tas) (?:completement |totalement )?(?:gache|ruine|bousille) (?:notre|mon|ma|nos|mes) [a-z]+",
    r"ne (?:me|nous) (?:dites|dis) (?:surtout )?pas (?:de (?:patienter|me calmer|nous calmer|rester calme)|d'attendre)",
    r"(?:vous ne m'ecoutez|tu ne m'ecoutes|vous m'ecoutez|tu m'ecoutes|vs m'ecoutez) jamais",
    r"(?:c'est|cest|c) a cause (?:de vous|de toi|de votre [a-z]+|de ton [a-z]+) que",
    // Round gb8: the mess blamed on the reader, their opinion that nobody cares about or can
    // do without, « vous faites exprès d'être aussi lent », not chased, no day spent on them,
    // « arrête de faire ton malin », « arrêtez de nous balader », « ça vous arrive de réfléchir
    // avant d'écrire », « même toi tu devrais comprendre ».
    r"(?:c'est|c|cest) (?:vous|toi|vs|toa) qui (?:as|avez|a) (?:tout )?(?:fait foirer|foire|merde|gache|rate|plante)",
    r"(?:votre|ton|vos|tes) (?:avis|opinion|commentaires?|remarques?),? (?:franchement,? |honnetement,? |sincerement,? )?tout le monde s'en (?:fiche|fout|moque|balance|tape)",
    r"(?:on|je|nous) (?:se|me|nous) (?:passe|passons|passera|passerai|passerons) (?:bien |volontiers )?de (?:vos|tes) (?:commentaires|remarques|conseils|avis|lecons)",
    r"(?:vous faites|tu fais|vs faites) expres d'etre (?:aussi|si) [a-z]+",
    r"(?:on|je|nous) (?:ne )?(?:va|vais|allons) pas (?:vous|te) courir apres",
    r"(?:arrete|arretez|arretes) de faire (?:ton|le|votre|les) (?:malins?|fiers?|mariole|marioles|guignols?|clowns?)",
    r"(?:arrete|arretez|arretes) de (?:nous|me|ns) (?:balader|mener en bateau)",
    r"(?:ca|cela) (?:vous|t') ?arrive de (?:reflechir|lire|penser|verifier|relire)",
    r"(?:je|on) (?:ne )?(?:vais|va) pas y passer (?:la journee|la nuit|des heures|ma vie|ma journee)",
    r"meme (?:toi|vous),? (?:tu devrais|vous devriez|tu peux|vous pouvez|tu vas|vous allez) (?:comprendre|y arriver|piger|capter)",
    r"(?:tu fais|vous faites|vs faites) n'importe quoi (?:depuis le debut|depuis le depart|comme d'habitude|comme toujours)",
    // Session 25: « je vais pas me répéter » (no « ne »), « alors tu te calmes », « encore toi,
    // quelle surprise », « toujours à te plaindre », « arrange-toi avec Postes Canada », « si
    // t'es pas content, désabonne-toi », « on s'en fiche de ton chrono », « apprends à courir
    // avant de te plaindre », « avant d'ouvrir ta bouche », « t'as qu'à lire les CGV », « c'est
    // toujours la faute du ravito quand tu exploses ».
    r"(?:je|j') ?(?:vais|compte) pas (?:me repeter|le (?:redire|repeter))",
    r"(?:alors|donc|maintenant|bon),? (?:tu te calmes|vous vous calmez)",
    r"encore (?:toi|vous),? quelle surprise",
    r"toujours a (?:te|vous) plaindre",
    r"(?:arrange|arranges)-toi (?:avec|tout seule?)",
    r"si (?:t'es|tu es|t'etes|vous etes|t'est|t) pas contente?s?,? (?:desabonne|desabonnez|degage|degagez|va-t'en|allez-vous-en|casse-toi|cassez-vous|barre-toi|barrez-vous|tire-toi|tirez-vous|unfollow|bloque|bloquez)",
    r"(?:on|je|nous) s'en (?:fiche|fout|moque|tape|bat les couilles) (?:de|d') ?(?:ton|ta|tes|votre|vos) (?:avis|chrono|temps|excuses|histoires|vie|plaintes|reclamations|commentaires|remarques|etats d'ame|problemes)",
    r"apprends? a [a-z]+(?: [a-z']+){0,4} avant de (?:te plaindre|critiquer|raler|accuser|chouiner|pleurer|venir pleurer)",
    r"avant d'ouvrir (?:ta|votre) (?:bouche|gueule)",
    r"(?:t'as|t as|ta) (?:qu'a|ka|k'a) (?:lire|relire|regarder|verifier|chercher|faire attention)",
    r"c'est toujours la faute (?:du|de la|de l'|des|de|d') ?[^.!?\n]*?quand (?:tu|vous) [a-z]+",
    // « c'est toi le problème, pas le serveur ».
    r"c'est (?:toi|vous) le (?:vrai )?probleme",
    // « je me fiche de votre politique », « on se fout de vos règles ».
    r"(?:je|on|nous) (?:me|m'en|se|s'en|nous) ?(?:fiche|fout|fous|moque|tape|contrefiche|contrefous) (?:de|des) (?:votre|vos|ta|tes) (?:politique|politiques|regles|conditions|procedures?|process|cgv|reglement)",
    // « bravo le génie », « encore un message comme ça et tu dégages du serveur ».
    r"(?:bravo|bien joue|felicitations|chapeau|merci|joli),? le genie",
    r"encore un (?:message|commentaire|post|mot) comme (?:ca|celui-la),? et (?:tu|vous) (?:degages|degagez|sors|sortez|es banni|etes bannis|prends la porte|prenez la porte|vires|virez|es vire|etes vires)",
];

const BLAME_EN: &[&str] = &[
    // "who let you anywhere near a keyboard": unfit to be trusted with the tools of a job.
    r"who (?:let|allowed) (?:you|u) (?:anywhere )?near (?:a|an|the|my|our|any) [a-z]+",
    // Hindsight blame: "you should have checked before ordering", "if you had read the page".
    r"(?:you|u|ya)(?: (?:people|guys|lot))? (?:should|shoulda|could|coulda)(?:'ve|ve| have| of)? (?:(?:just|maybe|at least|really|simply|probably) )?(?:checked|read|looked (?:first|properly|closely|at the)|thought (?:about|before|twice|of that)|known better|researched|done (?:your|some) (?:research|homework)|paid (?:more )?attention|measured|double-checked|asked (?:first|before)|(?:picked|chosen|chose|ordered|bought) (?:the|a|your) [a-z]+)",
    r"if (?:you|u)(?:'d| had) (?:(?:actually|just|even|only|bothered to|taken the time to) )?(?:read|checked|looked at|paid attention|done your (?:research|homework))",
    // "next time, think before you buy", "next time read the page".
    r"next time,? (?:(?:maybe|just|try to|please|actually) )?(?:think (?:before|first|twice|about)|read (?:the|our|before|it|first|properly)|check (?:the|your|before|first|twice|properly)|look (?:before|at the|properly|first)|pay attention|do your (?:research|homework)|measure)",
    // "it was up to you to check", "that's on you".
    r"it(?:'s| is| was) (?:up to you|on you|your (?:job|responsibility)) to (?:check|read|verify|look|measure|make sure|pay attention|double-check|know)",
    r"(?:that's|that is|this is|it's|it is) (?:all |entirely |totally |completely )?on you(?: not (?:us|me))?[\x20\t]*(?:[.,;!?\n]|$)",
    // Servitude: "we're not your personal assistants", "I'm not your mum".
    r"(?:we're not|we are not|we aren't|we arent|we ain't|i'm not|im not|i am not|i ain't) (?:your|ur) (?:(?:personal|own|little|private|unpaid|free) )?(?:assistants?|servants?|slaves?|maids?|butlers?|babysitters?|nann(?:y|ies)|mum|mom|mommy|mummy|mother|secretar(?:y|ies)|lackeys?|punching ?bags?|therapists?|errand (?:boys?|girls?)|personal shoppers?|doormats?|dogsbod(?:y|ies)|skivv(?:y|ies)|employees|chauffeurs?|minions?|slaves)(?-u:\b)",
    // "you're not our only customer", "the world doesn't revolve around you".
    r"(?:(?:you're|youre|you are|u r|ur) not|you aren't|you arent|you ain't) (?:(?:our|the|my) )?only (?:customer|client|buyer|shopper)s?(?-u:\b)",
    r"(?:you're|you are|you aren't) not the (?:centre|center) of the (?:universe|world)|the world (?:doesn't|does not) (?:revolve|turn) around you",
    // "be glad we're even replying", "count yourself lucky we answered".
    r"(?:be|you should be|you ought to be|you'd better be) (?:glad|happy|grateful|thankful) (?:that )?(?:(?:we|i|anyone|someone|somebody)(?: even)? (?:replied|answered|responded|bothered|reply|answer|respond|got back|took the time|read)|(?:we're|we are|i'm|i am|anyone's|someone's) even)",
    r"(?:you're|you are|ur|you should feel) (?:so |very )?lucky (?:that )?(?:(?:we|i|anyone|someone|somebody)(?: even)? (?:replied|answered|responded|bothered|reply|answer|respond|got back|took the time|read)|(?:we're|we are|i'm|i am|anyone's|someone's) even)",
    r"(?:count|consider) yourself (?:lucky|fortunate) (?:that )?(?:we|i|anyone|someone|somebody|you got (?:a|an|any) (?:reply|answer|response|refund))",
    // "nobody forced you to order".
    r"(?:nobody|no one|no-one) (?:forced|twisted|pushed|dragged) (?:you|your arm)(?: (?:to|into) [a-z]+)?|(?:nobody|no one|no-one) (?:put|held) a gun to your head|(?:nobody|no one|no-one) (?:forced|twisted|pushed|dragged) (?:you|your arm)(?: (?:to|into) [a-z]+)?|(?:nobody|no one|no-one) made you (?:buy|order|shop|pay|sign up|come|subscribe|choose|click)|(?:we|i) (?:didn't|did not|never) (?:force|make) you (?:to )?(?:buy|order|shop|sign up|come|subscribe|pay)",
    // "enough with the complaints already".
    r"enough (?:already )?(?:with|of) (?:the|your|these|all (?:the|your|these)) (?:complaints?|complaining|whining|moaning|excuses|emails|e-mails|messages|questions|demands|threats|drama|nonsense|tantrums?|spam|attitude|lectures?|rants?|crying|ranting|bitching)(?-u:\b)",
    // Refusing to answer any more: "we won't be answering any more of these messages".
    r"(?:we|i) ?(?:won't|will not|will no longer|are no longer|'re no longer|am no longer|'m no longer|no longer|are not going to|'re not going to|am not going to|'m not going to|won't be|will not be|are done|'re done|am done|'m done|are not|'re not) (?:be )?(?:answer|respond|repl|engag)(?:ing|y|ies|e)? (?:to )?(?:any more of (?:these|your|this|those|them)|(?:any )?further (?:messages|emails|complaints|questions|demands)|(?:these|this kind of|this sort of|such|your|those) (?:kind of |sort of )?(?:messages|emails|e-mails|complaints|comments|questions|threats|demands|rants|tantrums)(?: (?:again|any ?more|any further))|you (?:again|any ?more|any further))",
    r"(?:we|i)(?:'ll| will) (?:not|never) (?:be )?(?:answer|respond|repl|engag)(?:ing|y|ies|e)? (?:to )?(?:any more of (?:these|your|this)|(?:these|this kind of|this sort of|such) (?:kind of |sort of )?(?:messages|emails|complaints|comments|questions|threats|demands|rants))",
    // "we have better things to do than answer this", "we don't have all day".
    r"(?:we|i)(?:'ve| have)?(?: got)? (?:better|more important|other|more useful) things to do(?: than (?:to )?(?:answer|reply|respond|deal|read|argue|chase|babysit|explain|listen|repeat|waste|entertain|handle)|[\x20\t]*(?:[.;!?\n]|$))",
    r"(?:we|i) (?:don't|do not|haven't got) (?:have )?all day|(?:think|believe|imagine) (?:we|i) (?:have|'ve got) nothing better to do",
    // Condescension: "it's not rocket science.", "how hard can it be to reply".
    r"(?:it's|it is|this is|this isn't|it isn't|that's|that is|that isn't|it ain't) (?:not |hardly )?(?:exactly )?(?:rocket science|brain surgery|quantum physics)[\x20\t]*(?:[.!?\n]|$)",
    r"how hard (?:can|could) it (?:possibly |really )?be to [a-z]+",
    r"(?:how hard is it|is it (?:really |honestly )?(?:so |that )hard|is it too (?:hard|difficult)) to (?:answer|reply|respond|read|refund|call (?:me|back)|pick up the phone|do your job|write back|get back to)",
    r"(?:is it|is that|is this) (?:really |honestly )?too much to ask",
    r"(?:can't|cannot|can) (?:you|u) (?:even |not )?read(?: or (?:what|something))?[\x20\t]*\?|do (?:you|u) (?:even )?know how to read|(?:are|r) (?:you|u) (?:unable|incapable) (?:of reading|to read)",
    // Rhetorical blame: "what is wrong with you people?", "what's your problem?".
    r"what(?:'s| is) (?:wrong|the matter) with (?:you|u)(?: (?:people|guys|lot|all))?[\x20\t]*(?:[.,;!?\n]|$)",
    r"what(?:'s| is) (?:your|ur) (?:problem|deal|issue)(?: (?:exactly|anyway|seriously|here|man|mate|dude))?[\x20\t]*(?:[.!?\n]|$)",
    r"(?:are|r) (?:you|u) (?:doing|do) (?:this|it|that) on purpose",
    r"(?:are|r) (?:you|u)(?: (?:people|guys|lot|all))? (?:deaf|blind) (?:or what|or something|or just)",
    r"do (?:you|u)(?: (?:people|guys|lot))? (?:even|actually|ever) (?:care|listen|know what (?:you're|you are|u r) doing|understand (?:english|french|what))",
    // "you people never answer", "I'm done with you people".
    r"you (?:people|lot) (?:(?:just|still|really|seriously|clearly|obviously) )?(?:never|can't|cannot|couldn't|won't|don't|didn't|have no (?:idea|clue|shame)|are (?:a joke|unbelievable|hopeless|impossible|ridiculous|a disgrace|the worst))",
    r"(?:i'm|i am|we're|we are) (?:so |officially |just )?done with (?:you|your) (?:people|lot|company|brand|shop|store|team|guys|service)",
    // Contemptuous comparison: "a trained monkey could do your job".
    r"(?:a|an|my|even a|even my) (?:(?:[0-9]+|three|four|five|six|seven|eight|ten)[- ]year[- ]old|(?:trained )?monkey|chimp|toddler|child|kid|dog|cat|goldfish|hamster|grandma|grandmother|gran|nan|granny|grandpa|grandfather|intern)(?: (?:son|daughter|nephew|niece|kid|sister|brother))? (?:could|would|can|will)(?:'ve| have)? (?:do|done|run|handle|manage) (?:your job|this job|your jobs|a better job|it better than you|better than you|better than your)",
    // Sarcastic thanks: "thanks for nothing", "thanks for the useless reply".
    r"(?:thanks|thank you|cheers|thx|ty) (?:(?:a lot|so much|very much|again) )?(?:for|4) nothing[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:thanks|thank you|cheers) (?:(?:a lot|so much) )?for (?:the|your|that|this) (?:useless|unhelpful|pointless|canned|copy-pasted|copy-paste|non-answer|worthless)(?: (?:reply|answer|response|email|help|message|template|advice))?",
    // "we're not going to hold your hand", "you only have yourself to blame".
    r"(?:we're not|we are not|i'm not|i am not|we won't|i won't|we can't|i can't|we cannot|i cannot) (?:going to |gonna )?hold your hand",
    r"(?:you|u) (?:only have|have only|'ve only got|have no one but|have nobody but|can only blame) (?:yourself|yourselves)(?: to blame)?",
    r"(?:that's|that is|it's|it is|this is|that isn't|it isn't) not (?:our|my) (?:concern|responsibility|business|headache)[\x20\t]*(?:[.,;!?\n]|$)",
    r"(?:you're|you are|stop|quit) wasting (?:everyone's|everybody's|people's|the team's) time",
    r"(?:read|reread|re-read)(?: [a-z']+){0,3},? (?:slowly|more slowly|properly|carefully) this time[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:this is|it's|that's) the last time (?:i|we)(?:'m| am|'re| are)? (?:tell|telling|say|saying|explain|explaining|repeat|repeating|remind|reminding)(?: (?:you|this|it|that))?(?: again)?[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:be patient|wait|wait your turn|queue|get in line) like (?:everyone|everybody|every other customer) else[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:don't|do not) (?:expect|hold your breath for|wait for) (?:a|any|another|further) (?:reply|answer|response)(?: from us)?[\x20\t]*(?:[.!;\n]|$)",
    r"(?:ask|tell|go tell) (?:someone|somebody|anyone) who (?:cares|gives a (?:damn|toss|shit))",
    r"(?:try )?(?:using|use) (?:your|ur) (?:brain|brains|common sense|head)(?: (?:for once|next time|a bit))?[\x20\t]*(?:[.,;!?\n]|$)",
    // Reproach: "shame on you.", "is this how you treat your customers", "you're supposed to be
    // professionals", "what planet are you on", "don't bother replying."
    r"shame on (?:you|u)(?: (?:people|guys|lot|all))?[\x20\t]*(?:[.,;!\n]|$)|(?:you|u) should be ashamed(?: of (?:yourselves|yourself))?[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:is this|is that|this is|that's) how (?:you|u) treat (?:your )?(?:(?:loyal|paying|own) )?(?:customers|clients|people|buyers)",
    r"(?:you're|you are) supposed to be (?:the )?(?:professionals?|experts?|a professional [a-z]+)",
    r"who (?:hired|trained|employs|employed) (?:you|these|this) (?:people|lot|clowns|amateurs)",
    r"what planet (?:are you|do you live) (?:on|living on)",
    r"(?:it's|it is|always) (?:always )?the same (?:excuses?|story|old story|nonsense|song and dance) with (?:you|u)",
    r"(?:don't|do not) (?:even )?bother (?:replying|answering|responding|to reply|to answer|to respond|calling back)[\x20\t]*(?:[.,;!\n]|$)",
    // Dismissal: "go complain somewhere else", "don't contact us again", "quit messaging us".
    r"(?:go|just go) (?:complain|cry|whine|moan|rant|bitch|shop|buy|cry about it|take your business) (?:somewhere else|elsewhere|to someone else|to someone who cares)",
    r"take your (?:business|money|complaints?|custom|whining|attitude|drama|moaning) (?:elsewhere|somewhere else)",
    r"(?:complain|cry|whine|moan|rant) to someone who cares",
    r"(?:stop|quit) (?:emailing|e-mailing|messaging|texting|writing to|contacting|pestering|bothering|hassling|chasing|bombarding|tagging|dming|badgering|nagging) (?:us|me)(?-u:\b)",
    r"(?:don't|dont|do not|never) (?:contact|email|e-mail|message|text|write to|call|dm|tag|bother|chase) (?:us|me) (?:again|anymore|any more|ever again)",
    // "we've been over this.", "what part of 'final sale' didn't you get", "read it before
    // complaining", "we're not here to babysit you", "you have no idea what you're talking about".
    r"(?:we've|we have|i've|i have) (?:already )?been (?:over|through) this(?: (?:already|before|a dozen times|many times|several times))?[\x20\t]*(?:[.,;!\n]|$)",
    r"what part of [^.!?\n]{1,30}? (?:(?:didn't|don't|did not|do not) (?:you|u)|(?:you|u) (?:didn't|don't|did not|do not)) (?:get|understand)",
    r"before (?:complaining|whining|moaning|ranting|crying)(?: again| about it)?",
    r"(?:we're|we are|i'm|i am) not (?:here|paid) to (?:babysit|hold (?:your|people's) hands?|do your (?:job|homework|research)|read (?:it )?for you)",
    r"(?:you|u) (?:clearly |obviously |really )?(?:have|'ve got|got) no (?:idea|clue) what (?:you're|you are|ur|u r) (?:talking|on) about",
    r"(?:need|needs|needed) (?:everything|things|it all) (?:spelled|spelt) out",
    r"do your (?:own )?(?:homework|research) before (?:messaging|writing|contacting|complaining|asking|emailing|posting)",
    // Told already, no use asking again: "we told you this already, twice", "asking again won't
    // change the answer", "there's nothing more to discuss.", "we don't owe you anything".
    r"we (?:told|explained) (?:this|that|it)(?: to you)? already|we told (?:you|u) (?:this |that |so )?already",
    r"(?:asking|writing|messaging|emailing|complaining|calling|chasing)(?: us| me)? (?:again|twice|repeatedly|every day) (?:won't|will not|isn't going to|is not going to|doesn't|does not) change (?:anything|the answer|our answer|our decision|the outcome|a thing)",
    r"(?:there's|there is) nothing (?:more|else|further) to (?:discuss|say|talk about)[\x20\t]*(?:[.;!\n]|$)",
    r"(?:we|i) (?:don't|do not) owe (?:you|u) (?:anything|a thing|an explanation|nothing)|(?:acting|act|behaving) like (?:we|i) owe (?:you|u)",
    r"(?:we've|we have|i've|i have) (?:already )?wasted (?:enough|too much) time (?:on|with) (?:you|your)",
    r"(?:you|u) got what (?:you|u) paid for[\x20\t]*(?:[.;!\n]|$)",
    r"calm down and (?:re-?read|read)",
    // Blame turned on the reader: "you're using it wrong", "we're not responsible for your
    // mistakes", "not our fault you didn't check", "we can't help people who won't help themselves".
    r"(?:you're|you are|ur|u r) (?:just |simply |clearly |obviously )?(?:using|doing|holding|reading|installing|wearing|washing) (?:it|this|that|them) (?:all )?wrong",
    r"(?:we're|we are|i'm|i am) not responsible for (?:your|ur) (?:own )?(?:mistakes|errors|carelessness|choices|bad choices|negligence)",
    r"(?:it's |it is )?not (?:our|my) fault (?:that )?(?:you|u) (?:didn't|did not|don't|can't|couldn't|never)",
    r"(?:we|i) can't help (?:people|those|someone|customers|anyone) who (?:won't|will not|don't|do not|can't|refuse to) (?:help themselves|read|listen)",
    r"making a mountain out of a molehill",
    r"(?:a|the|our|my|you) so-called (?:loyal |valued |regular )?(?:customer|client|fan|professional|expert|influencer|partner)",
    r"(?:don't|do not) tell (?:us|me) how to (?:run|do|manage) (?:our|my) (?:business|job|shop|store|company|work)",
    r"(?:you're|you are|stop|quit) wasting (?:a lot of|so much of|all of) (?:our|my|everyone's|people's) time",
    // Told N times, no time for it, a closed ticket, the problem is the reader's: "we've
    // explained this three times now", "we don't have time for this nonsense", "enough is enough",
    // "maybe the problem is on your end", "are you even listening?", "you're being ridiculous".
    r"(?:we've|we have|i've|i have|we|i) (?:explained|told you|said|answered|repeated) (?:this|that|it)? ?(?:two|three|four|five|several|many|multiple|[0-9]+|a dozen|a hundred) times",
    r"(?:we|i) (?:don't|do not|haven't got|have no) (?:have )?time for (?:this|your|these) (?:nonsense|rubbish|drama|games|crap|bs|bullshit|attitude|tantrums?)",
    r"enough is enough",
    r"the problem is (?:on your end|on your side|you|with you)(?:,? not (?:ours|us|on ours))?",
    r"(?:are|r) (?:you|u) (?:even |actually )?listening(?: to (?:what )?(?:we|i)(?:'re| are| am|'m)? (?:saying|telling you))?",
    r"(?:you're|you are|ur|u r) (?:being )?(?:ridiculous|unreasonable|childish|hysterical|impossible)[\x20\t]*(?:[.,;!\n]|$)",
    r"(?:we|i) (?:won't|will not|will no longer) (?:be )?(?:reply|respond|answer)(?:ing)? to (?:your|these|any more) (?:messages|emails|complaints|questions)",
    // The reader as a nuisance, fed up with them, their complaints worn out, their view of no
    // interest: "you're so tiresome", "we're sick of you people", "your complaints are getting
    // old", "your opinion doesn't matter to us", "maybe look in the mirror", "quit whining".
    r"(?:you're|you are|ur|u r) (?:(?:so|really|truly|seriously|honestly|just|being|such) )?(?:tiresome|exhausting|insufferable|unbearable|exasperating|a pain(?: in the (?:neck|ass|arse|backside))?|a nightmare to deal with|impossible to deal with|a headache)(?-u:\b)",
    r"(?:we're|we are|i'm|i am|we've|i've|we have|i have) (?:(?:so|really|all|just|getting|honestly) )?(?:sick (?:and tired )?of|fed up with|tired of|had enough of|had it with) (?:you|u)(?: (?:people|guys|lot|all))?(?-u:\b)",
    r"(?:your|ur|these|all these|all your) (?:complaints|complaining|messages|emails|e-mails|demands|excuses|whining|moaning|threats|rants|comments|questions|tantrums|dramas?) (?:are|is) (?:(?:really|seriously|frankly|honestly) )?(?:getting|becoming|starting to get) (?:(?:really|very|quite|a bit|pretty|so|a little) )?(?:tiresome|old|ridiculous|exhausting|tedious|tiring|out of hand|absurd|annoying)",
    r"(?:your|ur) (?:opinion|opinions|feedback|input|complaints?|review|reviews|feelings|views?) (?:(?:really|honestly|frankly|simply) )?(?:doesn't|does not|don't|do not) (?:matter|count|interest (?:us|me)|mean (?:anything|a thing|much))",
    r"(?:we|i) (?:don't|do not|couldn't|could not) care (?:less )?(?:about )?what (?:you|u) think|(?:nobody|no one|no-one) cares what (?:you|u) think",
    r"(?:maybe|try|go|you should|you might want to|time to|perhaps) (?:take a (?:long |good |hard |close )?)?look in (?:the|a) mirror",
    r"(?:you're|you are|ur|u r) the only (?:one|customer|client|person|buyer)(?: (?:who(?:'s| is)?|that(?:'s| is)?))? (?:complaining|complains|to complain|whining|moaning|who has a problem|with (?:a|this) problem|having (?:a|this) problem)",
    r"(?:stop|quit) (?:your )?(?:crying|whining|moaning|bitching|nagging|sulking|whinging|complaining)(?-u:\b)",
    // Sarcasm on the reader's time, morals, manners and place: "don't you have anything better
    // to do?", "keep your lectures to yourself", "where do you think you are?", "the day you
    // read our replies…", "you're throwing a tantrum", "we're not going to beg", "it's you again".
    r"(?:don't|do not|have|haven't) (?:you|u)(?: (?:people|guys))? (?:have |got )?(?:anything|nothing|something) better to do",
    r"keep your (?:lectures?|opinions?|comments?|remarks|snide remarks|advice|sermons?|moral lessons|moralising|moralizing|two cents|judgements?|judgments?) to yourself",
    r"(?:nobody|no one|no-one) (?:needs|wants|asked for) your (?:moral )?(?:lessons?|lectures?|sermons?|moralising|moralizing)",
    r"(?:don't|do not|stop|quit) (?:lecturing|moralising|moralizing|preaching (?:at|to)) (?:us|me)",
    r"where (?:do|did) (?:you|u) think (?:you|u) are",
    r"the day (?:you|u) (?:actually |finally )?(?:read|understand|learn|listen)[^.!?\n]{0,50}?,? (?:we|i) (?:can|could|will|'ll|might) (?:talk|discuss|chat|help|have a conversation)(?-u:\b)",
    r"(?:you're|you are|ur|u r) (?:throwing|having|pitching) (?:a |such a |quite a )?(?:tantrum|fit|hissy fit|meltdown|strop|hissy)(?-u:\b)",
    r"(?:we're|we are|i'm|i am) not (?:going to|gonna) (?:beg|grovel)(?-u:\b)",
    r"(?:oh|ugh|sigh|great|look|oh look|oh great),? (?:it's|it is) (?:you|u) again",
    // Firm to the point of contempt: "as previously stated three times", "stop bringing it up",
    // "your persistence won't change our decision", "if reading a product page is too hard for
    // you", "you'll have to learn some patience", "shouting louder won't make you right",
    // "you're talking nonsense", "the answer is still no", "you can keep trying, the answer
    // will be the same".
    r"as (?:previously |already |we've |we have |i've |i have )?(?:stated|said|explained|mentioned|written|told you) (?:(?:two|three|four|five|several|many|multiple|[0-9]+) times|(?:several|many|multiple) times already|repeatedly)",
    r"(?:stop|quit) (?:bringing|dragging) (?:it|this|that) up",
    r"(?:your|ur) (?:persistence|insistence|stubbornness|pestering|badgering) (?:won't|will not|doesn't|does not|isn't going to) change (?:anything|our (?:decision|answer|mind)|the (?:answer|outcome|decision)|a thing)",
    r"if (?:reading|following|understanding|reading and understanding) [^.!?\n]{1,40}? is (?:really |just )?too (?:hard|difficult|complicated|much) for (?:you|u)",
    r"(?:you'll|you will|you|u) (?:have to|need to|must|should|'ll have to|'ll need to) learn (?:some |a little |a bit of |to be (?:more )?)?patien(?:ce|t)",
    r"(?:shouting|yelling|screaming|insulting us|insulting me|typing in (?:all )?caps|threatening us)(?: (?:louder|more|harder))? (?:won't|will not|doesn't|does not|isn't going to) (?:make (?:you|u) right|get (?:you|u) anywhere|change (?:anything|a thing|the answer)|help (?:you|your case))(?-u:\b)",
    r"(?:you're|you are|ur|u r) (?:just |clearly |obviously )?(?:talking|spouting|writing|posting) (?:nonsense|rubbish|garbage|crap|bs|drivel|bollocks)",
    r"(?:the|our|my) answer (?:is still|remains|will remain|is and will remain|stays) (?:a )?no(?-u:\b)",
    // Curt condescension: "do we need to draw you a picture?", "what language do I need to say
    // it in?", "do we have to spell everything out for you?", "proud of yourself?", "did you
    // really think that would work?".
    r"(?:do|did|does) (?:we|i|someone|somebody|anyone) (?:need|have) to draw (?:you|u) (?:a|some) (?:picture|diagram|map)|(?:want|need) (?:me|us) to draw (?:you|u) (?:a|some) (?:picture|diagram|map)",
    r"(?:what|which) language (?:do|should|must) (?:i|we) (?:need to |have to )?(?:say|write|explain|repeat) (?:it|this|that) in",
    r"(?:do|must|should) (?:we|i) (?:have to|need to) spell (?:everything|it all|it|this) out for (?:you|u)",
    r"(?:are you |so )?proud of (?:yourself|yourselves)[\x20\t]*\?",
    r"(?:did|do) (?:you|u) (?:really|seriously|honestly|actually) (?:think|believe) (?:that|this|it) (?:would|was going to|will) (?:work|fly)",
    // Contempt for a creator's work and worth: "your content is trash", "your stats are fake",
    // "we won't pay you a cent", "influencers like you are a dime a dozen", "do you really think
    // you're worth $500 a story?", "come back when you have a real audience", "we did you a
    // favour".
    r"(?:your|ur) (?:content|videos?|posts?|photos?|stories|story|reels?|work|offer|proposal|quote|rates?|stats|numbers|audience|following|feed|profile|pitch|engagement) (?:is|are|was|were) (?:(?:really|honestly|frankly|just|so|completely|totally) )?(?:trash|garbage|rubbish|crap|pathetic|laughable|a joke|embarrassingly bad|painfully bad|fake|inflated|worthless|amateurish|cringe|cringey)(?-u:\b)",
    r"(?:we|i)(?:'re| are| am|'m)? (?:won't|will not|aren't going to|are not going to|am not going to|'m not going to|not going to) pay (?:you|u) (?:a (?:single )?(?:cent|penny|dime)|one (?:cent|penny))",
    r"(?:[a-z]+ )?like (?:you|u) are (?:a dime a dozen|ten a penny|two a penny)",
    r"(?:do|did) (?:you|u) (?:really|seriously|honestly|actually) think (?:you're|you are|ur|u r|you were) worth",
    r"come back when (?:you|u) (?:have|'ve got|get|actually have) (?:a real|real|an actual|actual|more than|some real)",
    r"(?:we|i) (?:did|have done|'ve done) (?:you|u) a (?:huge |big )?(?:favour|favor)",
    r"(?:you can|u can) (?:keep|go on) (?:trying|asking|insisting|writing|emailing)(?: all you (?:like|want))?,? (?:the|our) answer (?:will be|is going to be|won't change|will not change|stays)",
    // Ultimatums with a deadline: "refund me by Friday or I'm going to the press".
    // Indifference, lies and contempt aimed at the reader: "you clearly don't care about your
    // customers", "you never answer", "you ruin everything you touch", "you've wasted two weeks of
    // my life", "stop lying to us", "are you even reading what I write?", "do you think your
    // customers are blind?", "you obviously don't know what you're doing".
    r"(?:you|u)(?: (?:people|guys|lot))? (?:(?:clearly|obviously|just|really|honestly|simply|genuinely|evidently) )?(?:don't|do not|dont|didn't|did not) (?:even )?care (?:about|for) (?:us|me|your (?:own )?(?:customers|clients|community|followers|buyers|users|fans|audience)|people|anyone|anybody)(?-u:\b)|(?:you|u)(?: (?:people|guys|lot))? (?:clearly|obviously|just|really|honestly|simply) (?:don't|do not|dont) care(?-u:\b)|(?:you|u)(?: (?:people|guys|lot))? (?:couldn't|could not|could) care less(?-u:\b)",
    r"(?:you|u)(?: (?:people|guys|lot))? (?:never|don't ever|do not ever) (?:answer|reply|respond|fix|listen|read|help|call back|get back to|keep your word)(?: (?:anything|anyone|anybody|your (?:customers|clients|messages|emails)|to anything|to anyone|me|us))?(?-u:\b)",
    r"(?:you|u)(?: (?:people|guys|lot))? (?:always |just )?(?:ruin|ruined|wreck|wrecked|destroy|destroyed|mess up|messed up|screw up|screwed up) everything(?: you touch)?(?-u:\b)",
    r"(?:you|u)(?:'ve| have)? (?:wasted|stolen|taken) (?:(?:[0-9]+|a|an|one|two|three|four|five|six|several|so many|weeks|days|hours|months) )?(?:(?:whole|entire|full) )?(?:weeks?|days?|hours?|months?|minutes?|years?) of my (?:life|time)(?-u:\b)",
    r"(?:stop|quit) (?:lying|pretending(?: (?:you|to) (?:care|listen|help))?|making excuses|ignoring (?:me|us|my [a-z]+|your customers))(?: to (?:us|me|your customers|everyone))?(?-u:\b)",
    r"(?:are|r) (?:you|u) (?:even|actually|seriously) (?:reading|listening|paying attention|looking)(?: to)?(?: (?:what|anything|my|our|me|us)[a-z' ]{0,20})?",
    r"(?:do|did) (?:you|u) (?:(?:really|seriously|honestly|actually) )?think (?:your (?:customers|clients|followers|buyers)|we|i|people|we're|i'm|we are|i am|everyone|everybody) (?:are|is|am|'re|'m)? ?(?:blind|stupid|idiots|dumb|fools|morons|that stupid|that dumb|born yesterday|made of money)(?-u:\b)",
    r"(?:you|u) (?:(?:clearly|obviously|honestly|really) )?(?:don't|do not|dont) (?:have a clue|know what (?:you're|you are|ur) doing)|(?:you|u) (?:have|'ve got) no (?:idea|clue) what (?:you're|you are|ur) doing",
    r"(?:you|u)(?:'ve| have)? (?:ignored|ghosted) (?:me|us|my (?:messages|emails|calls|tickets))(?-u:\b)|(?:you|u) (?:keep|kept) (?:ignoring|ghosting) (?:me|us|my [a-z]+)(?-u:\b)",
    r"(?:you|u)(?: (?:people|guys|lot))? (?:have|'ve got) (?:no|zero) (?:shame|respect|decency|integrity)(?-u:\b)",
    // "can you even read?", "you closed my ticket without even opening it", "answer me right
    // now", "a toddler could do this better", "you should be ashamed of employing him", "learn to spell before you post".
    r"can (?:you|u) (?:even (?:read|understand|count|see|spell|write)|(?:read|understand|count|spell) or what)(?-u:\b)",
    r"(?:you|u)(?: (?:people|guys))? (?:closed|deleted|ignored|rejected|refused|dismissed|archived|marked|answered|banned|blocked) (?:my|our|the) (?:ticket|request|claim|message|comment|review|complaint|case|email|question|account) without (?:even )?(?:opening|reading|looking at|checking|answering|replying|listening|a reason|any reason|explanation|asking)(?-u:\b)",
    r"(?:answer|reply to|respond to|call|refund) (?:me|us) (?:right now|right away|immediately|asap|this instant|this minute)(?-u:\b)",
    r"(?:a|my|any) (?:toddler|child|monkey|(?:5|five)[ -]year[ -]old|kid|chimp|goldfish|trained monkey|potato) could (?:do|handle|manage|run|answer|fix) (?:this|it|that|your job)(?: better)?(?-u:\b)",
    r"(?:you|u)(?: (?:people|guys|lot))? should be (?:so |very )?ashamed(?: of (?:yourselves|yourself|[a-z]+ing))?(?-u:\b)",
    r"learn (?:how )?to (?:spell|read|write|count|use a [a-z]+)(?: (?:before|first|properly))?(?-u:\b)",
    // "you brought this on yourself", "stop hiding behind your policy", "would it kill you to
    // apologise", "you'd better refund me", "grow up and read the terms", "quit fobbing me off",
    // "you're taking the mick", "it's not our fault you weren't home", "quit playing dumb",
    // "I'm not answering this ten times", "just drop it already".
    r"(?:you|u)(?:'ve| have)? brought (?:this|it|that) (?:all )?on (?:yourself|yourselves)",
    r"(?:stop|quit) hiding behind (?:your|ur|the) (?:policy|policies|terms|rules|rulebook|regulations|script|scripts|t&cs|algorithm|bots?|chatbot|small print)",
    r"would it kill (?:you|u|ya) to [a-z]+",
    r"(?:you'd|you had|you|u) better (?:refund|reimburse|pay|answer|reply|fix|give|send|call|respond|sort)(?-u:\b)",
    r"grow up and [a-z]+",
    r"(?:quit|stop) fobbing (?:me|us) off",
    r"(?:you're|you are|ur|u r|youre|you've been|you have been) (?:(?:clearly|just|really|obviously|seriously) )?(?:taking the (?:mick|mickey|piss)|having a laugh)(?-u:\b)",
    r"(?:it's|it is|that's|that is|its) not (?:our|my) fault (?:you|u) (?:weren't|were not|didn't|did not|can't|cannot|couldn't|don't|do not|forgot|missed|ordered|chose|picked)(?-u:\b)",
    r"(?:quit|stop) playing dumb",
    r"(?:i'm|im|i am|we're|we are) not (?:answering|repeating|explaining|saying|writing) (?:this|that|it|myself|ourselves) (?:again|twice|(?:ten|a hundred|a thousand|three|five|[0-9]+) times)",
    r"just drop it already",
    // "we've answered you three times", "not our circus, not our monkeys", "no need to go on
    // about it", "you're doing my head in", "we're not bending over backwards", "we don't have
    // time for this", "open your eyes, it's right there", "I'm not going to draw you a picture",
    // "quit bugging me", "read for once", "do you think we've got nothing better to do",
    // "nobody's forcing you to", "come back when you've read", "your personal complaints
    // department"
    r"(?:we've|we have|i've|i have) (?:already )?(?:answered|replied to|told) (?:you|this) (?:three|two|four|five|ten|several|many|multiple|[0-9]+) times",
    r"not (?:our|my) circus,? not (?:our|my) monkeys",
    r"no need to (?:go on|keep going on|bang on|harp on|keep on) about it",
    r"(?:you're|you are|u r|ur|youre) doing my head in",
    r"(?:we're|we are|i'm|i am) not (?:going to |gonna )?bend(?:ing)? over backwards",
    r"(?:we|i) (?:don't|do not|dont) have time for (?:this|your|these|that|people like you)",
    r"open your eyes,? (?:it's|it is|its) (?:right )?(?:there|here)",
    r"(?:i'm|i am|we're|we are) not (?:going to|gonna) draw (?:you|u) a (?:picture|diagram|map)",
    r"(?:quit|stop) (?:bugging|pestering|hassling|nagging) (?:me|us)",
    r"read for once",
    r"(?:do you think|you think|do u think) (?:we've|we have|i've|i have) (?:got )?nothing better to do",
    r"(?:nobody's|nobody is|no one's|no one is) forcing (?:you|u) to",
    r"come back when (?:you've|you have|u have) (?:read|understood|checked)",
    r"(?:your|ur) (?:personal|private|own) (?:complaints? department|help ?desk|customer service)",
    // "before asking the same stupid question", "I won't say it twice", "and don't come back"
    r"(?:the same|another|your|these|those) (?:stupid|dumb|idiotic|moronic) (?:question|questions)",
    r"(?:i|we) (?:won't|will not|wont) (?:say|repeat|tell you) (?:it|this|that|myself) (?:again|twice)",
    r"and (?:don't|do not|dont) (?:ever )?come back(?: here)?[\x20\t]*(?:[.,;!?\n]|$)",
    // Sarcasm and blame: "what an achievement to lose…", "you're the worst managers I've ever
    // dealt with", "you'd be better off shutting up shop", "you lie to your customers", "you're
    // the reason everyone is leaving", "if you can't manage a rota, resign".
    r"what an (?:achievement|accomplishment|effort|feat) to [a-z]+",
    r"(?:congratulations|congrats|well done|bravo),? [^.!?\n]{1,50}?(?:that's|that is) (?:a|some kind of) (?:new )?record",
    r"[a-z]+ (?:your|ur) [a-z]+ instead of (?:whining|moaning|complaining|crying|making excuses|mouthing off)",
    r"(?:you're|you are|you guys are|u r) the (?:worst|most useless|most incompetent|most pathetic) [a-z]+(?: [a-z]+)? (?:i've|i have|we've|we have|i) ever",
    r"(?:you'd|you would) be better off (?:shutting up shop|closing (?:down|up)|quitting|giving up|finding another job)",
    r"(?:you|u) lie to (?:your|ur) (?:customers|clients|members|users|backers|fans|players|tenants)",
    r"(?:you|u) dodge the question",
    r"(?:you|u) (?:single-handedly )?(?:sabotaged|ruined|wrecked|destroyed|tanked) the (?:whole|entire) [a-z]+",
    r"(?:you're|you are) the reason (?:everyone|everybody|people|we|members|customers|players) (?:is|are) (?:leaving|quitting)",
    r"if (?:you|u) (?:can't|cannot) [a-z]+(?: [a-z]+){0,3},? (?:resign|quit|step down|leave)(?-u:\b)",
    r"(?:your|ur) job is to [a-z]+,? so [a-z]+",
    r"(?:you|u) take (?:the|our|my) money and (?:then )?(?:vanish|disappear|run|ghost)",
    r"(?:you|u) (?:sent|lost|broke|forgot|messed up|cancelled|canceled|booked|deleted|damaged|caused|missed|ruined|mixed up) [a-z]+(?: [a-z]+){0,3},? not (?:me|us)[\x20\t]*(?:[.,;!?\n]|$)",
    r"(?:you|u) (?:stole|took|pocketed) (?:our|my) money",
    r"(?:you|u) (?:broke|ruined|messed up|screwed up) everything(?: again)?",
    r"(?:your|ur) incompetence (?:is what|has|sank|killed|ruined|cost)",
    r"(?:you've|you have) never once",
    r"deliberately (?:not understanding|misunderstanding|ignoring (?:me|us|my|our))",
    r"before mouthing off",
    r"(?:y'all|yall|you all|you lot|you guys|you people|u lot|u guys|u ppl|you ppl) (?:are|r) (?:(?:seriously|srsly|honestly|literally|just|officially|easily) )?the worst",
    r"(?:stop|quit) hiding behind (?:your|ur|those|these|the|a) [a-z\-]+",
    r"(?:instead of|stop|quit) dodging",
    r"(?:you|u) had (?:one|1) job",
    r"who (?:the (?:hell|heck|fuck) )?do (?:you|u|ya) think (?:you|u|ya) ?(?:'re|are|r)(?-u:\b)",
    r"(?:you|u) (?:people|ppl|lot|guys) (?:never|don't ever|dont ever) learn",
    r"(?:you|u|y'all|yall)(?: (?:people|ppl|lot|guys))? (?:don't|dont|do not) give a (?:toss|damn|shit|fuck|crap|flying fuck|rat's ass|monkey's)",
    r"that's all (?:you're|you are|ur|youre|u r) good (?:at|for)",
    r"read my (?:message|messages|email|emails|complaint|ticket|post) (?:properly|again|first|carefully)",
    r"if (?:you've got|you have|you got|u got|u have) the balls",
    r"(?:you|u) (?:messed|screwed|mucked|fucked) up (?:my|our) [a-z']+",
    r"(?:you|u) cost (?:us|me) (?:the|our|my) [a-z]+",
    // Round gb8: a five-year-old could have done it, no day wasted over the reader's mistakes,
    // "I wonder how you got this job", "quit stalling" ("nobody cares about your opinion" is
    // the lead-in of the insult that follows it in round 15).
    r"(?:a|my) (?:five|six|seven|eight|ten|[0-9]+)[ -]year[ -]old could (?:have )?(?:figured|worked|done|sorted|solved)",
    r"(?:we're|we are|i'm|i am) not (?:going to|gonna) (?:waste|spend) (?:a|another|my|our) (?:day|minute|second|hour|week) (?:over|on) (?:your|ur|this|you)",
    r"(?:i'm|i am|we're|we are) not (?:going to|gonna) chase (?:you|u) (?:over|for) (?:your|ur) [a-z]+",
    r"wonder how (?:you|u) (?:ever )?(?:got|landed|kept) (?:this|that|your|ur) (?:job|position|role)",
    r"(?:quit|stop) (?:stalling|beating around the bush)",
    // Session 25: "do us all a favour and unsubscribe", "if you can't handle a bit of rain,
    // stick to the treadmill", "maybe learn to tie your laces before blaming the shoes", "so
    // don't lecture us", "that's a you problem", "stop disturbing us", "of course it's always
    // the pacer's fault when you blow up".
    r"do (?:us|me|everyone|everybody) (?:all )?a favou?r and (?:unsubscribe|leave|go away|shut up|log off|disappear|get lost|piss off|stop posting|unfollow|delete your account)",
    r"if (?:you|u) (?:can't|cannot|can not) (?:handle|take|cope with|deal with)[^.!?\n]*?,? (?:stick to|go back to|stay (?:home|off|out|in)|don't (?:bother|sign up|enter|come))",
    r"learn (?:how )?to [a-z]+(?: [a-z']+){0,4} before (?:blaming|complaining|whining|moaning|criticising|criticizing|crying)",
    r"(?:don't|do not) lecture (?:us|me)(?: about [a-z]+(?: [a-z]+)?)?",
    r"(?:that's|that is|it's|it is) a (?:you|u) problem",
    r"stop (?:disturbing|bothering|pestering|hassling) (?:us|me)",
    r"(?:it's|it is) always the [a-z]+(?:'s)? fault when (?:you|u) [a-z]+",
    // "I don't care what your policy says", "we don't care about your rules".
    r"(?:i|we) (?:don't|do not|couldn't|could not) care (?:less )?(?:what|about) (?:your|ur) (?:policy|policies|rules|terms|procedure|procedures|process|script|guidelines)",
    // "Imagine being paid to be this clueless", "Cope harder", "you're the problem" ("nobody
    // asked" after an insult is the insult's comment, as rounds 13 and 17 label it).
    r"imagine (?:being|getting) paid to (?:be|do|write|say|post|work)",
    r"cope harder",
    r"(?:you're|you are|ur|u r) the (?:real )?problem",
    // "well done, genius", "one more message like that and you're out of the server".
    r"(?:well done|nice one|good job|great job|nice going|bravo),? (?:genius|einstein|sherlock)",
    r"(?:one more|another) (?:message|comment|post|word) like (?:that|this),? and (?:you're|you are|you'll be|u r|ur) (?:out|gone|banned|blocked|done)",
];

/// Hostile incompetence and indifference predicates ("vous n'êtes même pas foutus de livrer",
/// "you can't even answer an email", "nobody cares about your opinion"): said in the same breath as an insult they are that insult's comment, as
/// rounds 9, 11 and 13 label them; alone they are the hostile clause.
const INCOMPETENT: &[&str] = &[
    // Indifference to the reader: "nobody cares about your opinion", "we don't care about your
    // complaints".
    r"(?:nobody|no one|no-one) (?:really )?cares about your (?:opinion|complaints?|problems?|feedback|reviews?|story|life|issues|drama|excuses)|(?:we|i) (?:don't|do not) care about your (?:opinion|complaints?|problems?|feedback|reviews?|story|drama|excuses)",
    r"(?:vous n'etes|vous etes|t'es|tu n'es|tu es) (?:meme )?pas (?:meme )?(?:fichue?s?|foutue?s?|capables?) (?:de|d') ?(?:livrer|repondre|lire|envoyer|rembourser|faire|gerer|compter|ecrire|emballer|traiter|respecter|tenir|suivre|mettre|trouver|garder|donner|rappeler|expedier)",
    r"(?:vous etes|t'es|tu es) (?:vraiment |totalement |completement |decidement |franchement |juste )?(?:incapables?|infoutue?s?) (?:de|d') ?(?:livrer|repondre|lire|envoyer|rembourser|faire|gerer|compter|ecrire|emballer|traiter|respecter|tenir|suivre|mettre|trouver|garder|donner|rappeler|expedier)",
    r"(?:you're|you are|u r|ur) (?:completely |totally |utterly |simply |just )?incapable of (?:answering|replying|responding|reading|shipping|sending|delivering|doing|managing|following|processing|refunding|packing|handling|writing|getting|keeping|giving)",
    r"(?:you|u)(?: (?:people|guys|lot|all))? (?:can't|cannot|couldn't|can not) even (?:answer|reply|respond|read|ship|send|deliver|do|manage|organi[sz]e|spell|count|follow|process|refund|pack|handle|return|write|pick up)",
    // "You obviously didn't read the instructions", « vous n'avez même pas lu la notice », a
    // reproach « comme d'habitude ».
    r"(?:vous n'avez|tu n'as|t'as) (?:visiblement|manifestement|evidemment|clairement|meme|encore une fois|une fois de plus|comme d'habitude|comme toujours) pas (?:lu|relu|regarde|ecoute|verifie|suivi|ouvert)(?-u:\b)",
    r"(?:vous n'avez|tu n'as|t'as) pas (?:lu|relu|regarde|ecoute|verifie|suivi)[^.!?\n]{0,40}?,? (?:comme d'habitude|comme toujours|une fois de plus|encore une fois)",
    r"(?:you|u) (?:obviously|evidently|apparently) (?:didn't|did not|don't|do not|can't|cannot|never) (?:bother to )?(?:read|understand|check|look at|listen to|open)(?-u:\b)",
    r"(?:you|u) (?:didn't|did not|don't|never) (?:bother to )?(?:read|check|look at|listen to|open|follow)[^.!?\n]{0,40}?,? (?:as usual|as always)",
];

/// [`INCOMPETENT`] predicates that stand as a clause of their own: « vous ne comprenez rien »,
/// "you don't understand anything"; « si vous ne comprenez rien à la notice, appelez-nous » is
/// help.
const INCOMPETENT_CLAUSES: &[&str] = &[
    r"(?:(?:franchement|decidement|visiblement|honnetement|mais|bref|clairement) ?,? )?(?:vous ne comprenez|vous comprenez|tu ne comprends|tu comprends|vous ne pigez|vous pigez|tu piges|tu captes) (?:(?:vraiment|decidement|visiblement|toujours|absolument) )?rien(?-u:\b)",
    r"(?:(?:honestly|clearly|obviously|seriously|frankly) ?,? )?(?:you|u)(?: (?:people|guys))? (?:(?:don't|do not|never|just don't|still don't) (?:understand|get) (?:anything|a thing)|understand nothing)(?-u:\b)",
];

/// Dismissals that stand as a clause of their own ("leave us alone.", "go away!", "get over
/// it.", "fin de la discussion."): not "go away for the weekend" or "we'll get over it".
const OPENERS: &[&str] = &[
    r"(?:just |now |so )?(?:leave (?:us|me) alone|go away|get over it|get a grip|grow up|get a life|end of (?:discussion|conversation|story))[\x20\t]*(?:[.,;!?\n]|$)",
    r"(?:(?:et )?(?:fin de (?:la )?discussion)|(?:faites|fais) avec)[\x20\t]*(?:[.,;!?\n]|$)",
    // « Dernière fois que je le dis : … » opening an ultimatum (not « la dernière fois que je
    // le dis, c'était en réunion »).
    r"derniere fois que (?:je|j') ?(?:le |la |te |vous )?(?:dis|repete|redis|previens|demande)[\x20\t]*(?:[:.,;!\n]|$)",
    // An imperative to cope alone: "sort it out with the courier yourself", « réglez ça
    // vous-même ». Only at a clause start: "you can sort it out yourself in the app" is help.
    r"(?:just |so |then |now )?(?:sort|figure|work|deal) (?:it |this |that |things )?(?:out |with (?:it|this|that) )?(?:(?:with|between) (?:the|your|you and the) [a-z]+ )?(?:yourself|yourselves|on your own|by yourself|by yourselves)",
    r"(?:reglez|regle|gerez|gere|voyez|vois|assumez|assume) (?:ca|cela|le probleme|tout ca) (?:(?:avec|entre) (?:le|la|les|vous et le|vous et la) [a-z]+ )?(?:vous-memes?|toi-meme|tout seule?s?|seule?s?|entre vous)",
];

/// Ultimatums: a demand, a deadline and what the writer will do after it. A polite demand
/// ("please settle the invoice by Friday or we will suspend deliveries", « merci de répondre
/// avant vendredi ») is business, not hostility; see [`polite_before`].
const ULTIMATUMS: &[&str] = &[
    r"(?:vous avez|tu as|t'as) jusqu'a (?:demain|ce soir|ce midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|la fin (?:de la semaine|du mois|de la journee)|[0-9]+ ?h(?:eures?)?[0-9]*) (?:(?:matin|soir|midi|dernier delai|grand maximum) )?pour (?:me|m'|nous) ?(?:rembourser|repondre|rappeler|recontacter|dedommager|indemniser|payer|regler|livrer|rendre|restituer|renvoyer mon|renvoyer ma|renvoyer mes|envoyer mon|envoyer ma|envoyer mes)",
    r"(?:remboursez|rembourse|repondez|reponds|reglez|regle|payez|paye|rappelez|rappelle|livrez|envoyez|annulez|debloquez|retablissez|corrigez|rendez)(?:-(?:moi|nous|le|la|les))?(?: [a-z']+){0,3} (?:(?:avant|d'ici|sous|au plus tard|dans les) (?:demain|ce soir|ce midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la fin (?:de la semaine|du mois|de la journee)|midi|minuit|[0-9]+ ?(?:h|heures|jours|j)|(?:vingt-quatre|quarante-huit|deux|trois|cinq|huit|dix|quinze) (?:heures|jours))(?: (?:matin|soir|midi|au plus tard|dernier delai|grand maximum))?|maintenant|tout de suite|immediatement),? (?:sinon|ou|ou bien|faute de quoi|sans quoi|autrement|a defaut),? (?:je|j'|nous|on|mon avocat|ma banque) ?(?:vous |te |t')?(?:porte|porterai|vais|fais|ferai|saisis|saisirai|contacte|contacterai|previens|lance|publie|appelle|appellerai|ecris|ecrirai|ouvre|signale|depose|deposerai|alerte|irai|engage|m'adresse|passe|passerai|va|allons|porterons|saisirons)",
    r"(?:you|u)(?:'ve| have)?(?: got)? until (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|the end of (?:the )?(?:day|week|month)|end of (?:day|week|business)|eod|[0-9]+(?: ?(?:am|pm))?) to (?:refund|reimburse|reply to|answer|respond to|get back to|fix|sort|pay|compensate|call|contact|restore|reinstate|unblock|unban) (?:me|us|my|this|it|our)(?-u:\b)",
    r"(?:refund|reimburse|pay|answer|reply to|respond to|call|fix|sort|send|ship|deliver|cancel|restore|reinstate|unblock|unban|delete|remove|return|give)(?: [a-z']+){0,3} (?:by|before|within|no later than) (?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|the end of (?:the )?(?:day|week|month)|end of (?:day|week|business)|eod|[0-9]+(?: ?(?:am|pm|h|hours?|days?))?|(?:one|two|three|five|seven|ten|twenty-four|forty-eight|seventy-two) (?:hours|days))(?: (?:at the latest|latest|morning|evening|night|noon))?,? (?:or|otherwise|or else),? (?:i|we|my (?:lawyer|solicitor|bank|attorney))(?:'ll|'m| will| am| are|'re| shall)? (?:be |going to |gonna |go )?(?:sue|report|go|going|take|taking|call|calling|contact|contacting|file|filing|open|opening|leave|leaving|post|posting|write|writing|cancel|dispute|disputing|chargeback|charge|tell|telling|expose|escalate|escalating|involve|complain|complaining|will|straight)",
    // A deadline and nothing more, or what comes after it: « vous avez jusqu'à ce soir, pas une
    // minute de plus », « tu as jusqu'à demain midi pour répondre, après je passe à autre chose »,
    // « je vous laisse 48 h, après c'est mon avocat », "you've got until Friday to reply, then
    // I'm done", « tu réponds maintenant ou tu perds le contrat », "sign by noon or we walk".
    r"(?:vous avez|tu as|t'as) jusqu'a (?:demain|ce soir|ce midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|la fin (?:de la semaine|du mois|de la journee)|[0-9]+ ?h(?:eures?)?[0-9]*)(?: (?:matin|soir|midi))?,? pas une (?:minute|heure|seconde|journee) de plus",
    r"(?:vous avez|tu as|t'as) jusqu'a (?:demain|ce soir|ce midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|la fin (?:de la semaine|du mois|de la journee)|[0-9]+ ?h(?:eures?)?[0-9]*)(?: (?:matin|soir|midi))?(?: pour [a-z']+(?: [a-z']+){0,2})?,? (?:apres|ensuite|passe ce delai),? (?:je|j'|c'est|mon|ma) ?[a-z]+",
    r"je (?:vous|te) laisse (?:[0-9]+ ?(?:h|heures|jours|j)|(?:vingt-quatre|quarante-huit|deux|trois|cinq|huit|dix|quinze) (?:heures|jours)|jusqu'a (?:demain|ce soir|ce midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|la fin (?:de la semaine|du mois|de la journee)|[0-9]+ ?h(?:eures?)?[0-9]*)(?: (?:matin|soir|midi))?),? (?:pas plus,? )?(?:apres|ensuite|passe ce delai|sinon),? (?:je|j'|c'est|mon|ma) ?[a-z]+",
    r"(?:tu|vous) (?:reponds|repondez|signes|signez|payes|payez|decides|decidez|valides|validez|rembourses|remboursez) (?:maintenant|tout de suite|aujourd'hui|ce soir|demain|avant (?:ce soir|demain|midi|lundi|mardi|mercredi|jeudi|vendredi)) ou (?:tu|vous) (?:perds|perdez|oublies|oubliez|peux|pouvez)",
    r"(?:signe|signez|reponds|repondez|decide|decidez|valide|validez|confirme|confirmez) (?:avant|d'ici) (?:demain|ce soir|ce midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|la fin (?:de la semaine|du mois|de la journee)|[0-9]+ ?h(?:eures?)?[0-9]*)(?: (?:matin|soir|midi))?,? ou (?:on|je|j'|nous) ?(?:passe|passons|annule|annulons|prend|prends|prenons|signe|signons|va|vais|arrete|arretons)",
    r"(?:you|u)(?:'ve| have)?(?: got)? until (?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|the end of (?:the )?(?:day|week|month)|end of (?:day|week|business)|eod|[0-9]+(?: ?(?:am|pm))?)(?: (?:morning|evening|night|noon|tomorrow))?,? not (?:a|one) (?:minute|hour|second|day) (?:more|longer)",
    r"(?:you|u)(?:'ve| have)?(?: got)? until (?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|the end of (?:the )?(?:day|week|month)|end of (?:day|week|business)|eod|[0-9]+(?: ?(?:am|pm))?)(?: (?:morning|evening|night|noon|tomorrow))?(?: to [a-z']+(?: [a-z']+){0,2})?,? then (?:i'm|i'll|i will|i|my) ?[a-z]+",
    // « tu retires ton post dans l'heure ou on met fin à ton contrat », « vous signez avant
    // vendredi ou on file la dotation à un autre athlète », "sign by Friday or the kit goes to
    // another athlete", "you've got until noon to take that post down or the contract's gone".
    r"(?:signe|signes|signez|retire|retires|retirez|supprime|supprimes|supprimez|enleve|enleves|enlevez|paie|paies|payez|reponds|repondez|valide|valides|validez|confirme|confirmes|confirmez|rends|rendez)(?: [a-z']+){0,3} (?:avant|d'ici|dans) (?:demain|ce soir|ce midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|l'heure|la journee|la fin (?:de la semaine|du mois|de la journee)|[0-9]+ ?h(?:eures?)?[0-9]*)(?: (?:matin|soir|midi))?,? ou (?:on|je|j'|nous) ?(?:file|filons|donne|donnons|refile|passe|met|mets|mettons|coupe|coupons|resilie|resilions|annule|annulons|retire|retirons|romps|rompt|rompons|attribue|confie)(?-u:\b)",
    r"(?:sign|decide|confirm|reply|answer|pay|take (?:it|that|this|the post|that post|your post) down|delete (?:it|that|the post|that post)|remove (?:it|that|the post|that post))(?: [a-z']+){0,3} (?:by|before|within) (?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|eod|the hour|an hour)(?: (?:morning|evening|night|noon|tomorrow))?,? or (?:the|your|our) [a-z]+(?:'s| is| goes| gets| will be)(?-u:\b)",
    r"(?:you|u)(?:'ve| have)?(?: got)? until (?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|eod|[0-9]+(?: ?(?:am|pm))?) to [a-z]+(?: [a-z']+){0,4},? or (?:the|your|our) [a-z]+(?:'s| is| goes| gets| will be)(?-u:\b)",
    r"(?:sign|decide|confirm|answer me|reply|pay up|sort it|sort this)(?: [a-z']+){0,2} (?:by|before) (?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|the end of (?:the )?(?:day|week|month)|end of (?:day|week|business)|eod|[0-9]+(?: ?(?:am|pm))?)(?: (?:morning|evening|night|noon|tomorrow))?,? or (?:i|we)(?:'re|'m|'ll| are| am| will)? ?(?:walking|walk|pulling|pull|done|out|cancelling|cancel|going public|go public|leaving|leave)",
];

/// Words one of the [`BLAME_FR`]/[`BLAME_EN`] patterns needs: one Aho-Corasick pass over the
/// four families' words, and each family's regex runs only on the messages that hold one of its
/// words (most messages hold none).
pub(crate) const BLAME_WORDS: &[&str] = &[
    "imagine being paid",
    "imagine getting paid",
    "cope harder",
    "you're the problem",
    "you are the problem",
    "ur the problem",
    "u r the problem",
    "you're the real problem",
    "you are the real problem",
    "toi le probleme",
    "vous le probleme",
    "toi le vrai probleme",
    "vous le vrai probleme",
    "care what your",
    "care what ur",
    "care about your",
    "care about ur",
    "care less what",
    "care less about",
    "de votre politique",
    "de vos politiques",
    "de vos regles",
    "de vos conditions",
    "de vos procedures",
    "de votre procedure",
    "de votre process",
    "de vos cgv",
    "de votre reglement",
    "de ta politique",
    "de tes regles",
    "genius",
    "einstein",
    "sherlock",
    "le genie",
    "one more message",
    "one more comment",
    "one more post",
    "one more word",
    "another message like",
    "another comment like",
    "another post like",
    "another word like",
    "encore un message comme",
    "encore un commentaire comme",
    "encore un post comme",
    "encore un mot comme",
    "favour and",
    "favor and",
    "you can't handle",
    "you can't take",
    "you can't cope",
    "you can't deal",
    "you cannot handle",
    "you cannot take",
    "you cannot cope",
    "you cannot deal",
    "you can not handle",
    "you can not take",
    "you can not cope",
    "you can not deal",
    "u can't handle",
    "u can't take",
    "u can't cope",
    "u can't deal",
    "u cannot handle",
    "u cannot take",
    "u cannot cope",
    "u cannot deal",
    "u can not handle",
    "u can not take",
    "u can not cope",
    "u can not deal",
    "before blaming",
    "before complaining",
    "before whining",
    "before moaning",
    "before criticising",
    "before criticizing",
    "before crying",
    "lecture us",
    "lecture me",
    "a you problem",
    "a u problem",
    "stop disturbing",
    "stop bothering",
    "stop pestering",
    "stop hassling",
    "fault when",
    "pas me repeter",
    "pas le redire",
    "pas le repeter",
    "tu te calmes",
    "vous vous calmez",
    "toi, quelle surprise",
    "toi quelle surprise",
    "vous, quelle surprise",
    "vous quelle surprise",
    "a te plaindre",
    "a vous plaindre",
    "arrange-toi",
    "arranges-toi",
    "t'es pas content",
    "tu es pas content",
    "t'etes pas content",
    "vous etes pas content",
    "t'est pas content",
    "t pas content",
    "s'en fiche de t",
    "s'en fiche de v",
    "s'en fout de t",
    "s'en fout de v",
    "s'en moque de t",
    "s'en moque de v",
    "s'en tape de t",
    "s'en tape de v",
    "s'en bat les couilles de",
    "s'en fiche d'",
    "s'en fout d'",
    "avant de te plaindre",
    "avant de critiquer",
    "avant de raler",
    "avant d'accuser",
    "avant de chouiner",
    "avant de pleurer",
    "avant de venir pleurer",
    "ouvrir ta bouche",
    "ouvrir ta gueule",
    "ouvrir votre bouche",
    "ouvrir votre gueule",
    "t'as qu'a",
    "t as qu'a",
    "ta qu'a",
    "t'as ka",
    "t as ka",
    "ta ka",
    "t'as k'a",
    "t as k'a",
    "ta k'a",
    "toujours la faute",
    "avez gache",
    "as gache",
    "avez ruine",
    "as ruine",
    "avez bousille",
    "as bousille",
    "dites surtout pas",
    "dis surtout pas",
    "dites pas de",
    "dis pas de",
    "dites pas d'",
    "dis pas d'",
    "ecoutez jamais",
    "ecoutes jamais",
    "messed up my",
    "messed up our",
    "screwed up my",
    "screwed up our",
    "mucked up my",
    "fucked up my",
    "fucked up our",
    "cost us the",
    "cost us our",
    "cost me the",
    "cost me my",
    "jamais foutu",
    "jamais fichu",
    "jamais capable",
    "toujours pas foutu",
    "toujours pas fichu",
    "toujours pas capable",
    "lisiez",
    "lisais",
    "saviez lire",
    "savais lire",
    "reveill",
    "a cause de",
    "tout permis",
    "rien foutu",
    "rien fichu",
    "rien branle",
    "pas a moi",
    "expres d",
    "couilles",
    "dodging",
    "one job",
    "1 job",
    "think you",
    "think u",
    "think ya",
    "never learn",
    "ever learn",
    "give a ",
    "good at",
    "good for",
    "read my",
    "the balls",
    "comme des amateurs",
    "comme des pieds",
    "comme des manches",
    "comme des guignols",
    "comme des gamins",
    "comme des enfants",
    "comme des clowns",
    "comme un pied",
    "bravo au",
    "bravo aux",
    "bravo a la",
    "bravo les",
    "mais non",
    "doue pour",
    "doues pour",
    "douee pour",
    "douees pour",
    "mieux de fermer",
    "mieux de changer",
    "mieux de demissionner",
    "mieux de rendre",
    "expres de ne",
    "alors reponds",
    "c'est de",
    "comme toi",
    "comme vous",
    "on se croirait",
    "quel talent",
    "quel exploit",
    "quelle idee",
    "idee de",
    "quelle prouesse",
    "quelle performance",
    "cacher derriere",
    "la meme chose avec",
    "la meme histoire avec",
    "vole notre",
    "vole mon",
    "vole nos",
    "vole mes",
    "pique notre",
    "pique mon",
    "pique nos",
    "pique mes",
    "laisse mourir",
    "laisse crever",
    "laisse pourrir",
    "sabote",
    "incompetence",
    "m'avoir fait",
    "jamais ete",
    "et apres plus personne",
    "et ensuite plus personne",
    "et puis personne",
    "et apres personne",
    "what an achievement",
    "what an accomplishment",
    "what an effort",
    "what a feat",
    "a record",
    "new record",
    "instead of",
    "the worst",
    "the most useless",
    "the most incompetent",
    "the most pathetic",
    "better off",
    "lie to your",
    "lie to ur",
    "dodge the question",
    "sabotaged",
    "the whole",
    "the entire",
    "the reason",
    "resign",
    "step down",
    "job is to",
    "money and",
    "not me",
    "not us",
    "stole our",
    "stole my",
    "took our money",
    "took my money",
    "pocketed",
    "everything again",
    "broke everything",
    "ruined everything",
    "messed up everything",
    "screwed up everything",
    "never once",
    "deliberately",
    "mouthing off",
    "taking the piss",
    "taking the mick",
    "rulebook",
    "pas deux fois",
    "reviens plus",
    "revenez plus",
    "reviens jamais",
    "revenez jamais",
    "remets plus",
    "remettez plus",
    "remets jamais",
    "remettez jamais",
    "marde",
    "mange de la",
    "manges de la",
    "mangez de la",
    "mange donc",
    "stupid question",
    "dumb question",
    "idiotic question",
    "moronic question",
    "say it again",
    "say it twice",
    "say this again",
    "say this twice",
    "say that again",
    "say that twice",
    "repeat myself again",
    "repeat it again",
    "repeat myself twice",
    "tell you again",
    "tell you twice",
    "don't come back",
    "dont come back",
    "not come back",
    "ever come back",
    "assume",
    "refaire le monde",
    "pas la pour",
    "compte a vous",
    "compte a te",
    "comptes a vous",
    "fatigue",
    "epuise",
    "cassez les",
    "casses les",
    "bassiner",
    "derniere fois que",
    "saint-glinglin",
    "calendes grecques",
    "who let you",
    "who let u",
    "who allowed you",
    "who allowed u",
    "en rajouter",
    "debrouiller",
    "service de reclamation",
    "service des reclamation",
    "service client",
    "service apres-vente",
    "bureau de reclamation",
    "guichet",
    "un peu avec",
    "times",
    "circus",
    "go on about",
    "going on about",
    "bang on about",
    "harp on about",
    "keep on about",
    "my head in",
    "over backwards",
    "have time for",
    "open your eyes",
    "bugging",
    "hassling",
    "nagging",
    "for once",
    "forcing",
    "complaint department",
    "complaints department",
    "help desk",
    "helpdesk",
    "customer service",
    "brought",
    "hiding behind",
    "would it kill",
    "d better",
    "you better",
    "u better",
    "grow up",
    "fobbing",
    "taking the",
    "having a laugh",
    "our fault",
    "my fault",
    "playing dumb",
    "not answering",
    "not repeating",
    "not explaining",
    "not saying",
    "not writing",
    "drop it already",
    "picked",
    "chosen",
    "chose",
    "ordered",
    "bought",
    "faudrait",
    "paye pour",
    "payee pour",
    "payes pour",
    "payees pour",
    "commence a",
    "dois rien",
    "vais pas",
    "qu'a",
    "cherche",
    "comprenez rien",
    "comprends rien",
    "se fout",
    "se fiche",
    "vache a lait",
    "vaches a lait",
    // Sarcasm, defiance and orders
    "bravo",
    "censur",
    "pour qui",
    "pour quoi",
    "pour un",
    "pour une",
    "pour des",
    "jusqu'a",
    "laisser passer",
    "laisser faire",
    "laisser tomber",
    "oublier",
    "lacher l'affaire",
    "n'importe qui",
    "de qui",
    "soit ",
    "te crois",
    "vous croyez",
    "te trouves",
    "vous trouvez",
    "-moi",
    "-nous",
    "can you",
    "can u",
    "without",
    "right now",
    "right away",
    "immediately",
    "asap",
    "this instant",
    "this minute",
    "could do",
    "could handle",
    "could manage",
    "could run",
    "could answer",
    "could fix",
    "ashamed",
    "learn to",
    "learn how",
    // The contempt patterns (the customers, lies, indifference)
    "respect",
    "consideration",
    "scrupule",
    "dignite",
    "parole",
    "mentez",
    "mens ",
    "mentir",
    "prenez",
    "prends",
    "volez",
    "voles ",
    "arnaque",
    "escroque",
    "plumez",
    "roulez",
    "rackettez",
    "depouillez",
    "oui ou non",
    "lisez",
    "tu lis",
    "croyez",
    "tu crois",
    "entendre parler",
    "mes nouvelles",
    "fichu",
    "foutu",
    "capable",
    "care",
    "never",
    "don't ever",
    "do not ever",
    "everything",
    "of my life",
    "of my time",
    "lying",
    "pretending",
    "excuses",
    "ignoring",
    "ghosting",
    "ignored",
    "ghosted",
    "even reading",
    "actually reading",
    "seriously reading",
    "even listening",
    "actually listening",
    "paying attention",
    "even looking",
    "think",
    "clue",
    "know what",
    "no idea",
    "shame",
    "decency",
    "integrity",
    // French
    "auriez",
    "shame on",
    "honte",
    "how you treat",
    "how u treat",
    "traitez",
    "traites",
    "supposed to be",
    "cense",
    "hired",
    "trained",
    "employ",
    "planet",
    "same excuse",
    "same story",
    "same old",
    "same nonsense",
    "same song",
    "memes excuses",
    "meme excuse",
    "meme rengaine",
    "meme histoire",
    "meme refrain",
    "meme discours",
    "bother",
    "pas la peine",
    "n'aviez qu'a",
    "n'avais qu'a",
    "avais qu'a",
    "n'avez qu'a",
    "n'as qu'a",
    "t'as qu'a",
    "tenir la main",
    "en prendre qu'a",
    "cette fois",
    "derniere fois",
    "comme tout le monde",
    "comme les autres",
    "comme tous les autres",
    "s'en f",
    "s'en moque",
    "s'en balance",
    "s'en tape",
    "attendez pas",
    "attendez plus",
    "attendez aucune",
    "attends pas",
    "attends plus",
    "attends aucune",
    "de la chance",
    "cerveau",
    "votre tete",
    "ta tete",
    "ton bon sens",
    "bon sens",
    "matiere grise",
    "jugeote",
    "reflechis",
    "hold your hand",
    "to blame",
    "blame yourself",
    "yourselves",
    "our concern",
    "my concern",
    "our responsibility",
    "my responsibility",
    "our business",
    "my business",
    "our headache",
    "my headache",
    "have yourself",
    "got yourself",
    "but yourself",
    "only blame",
    "wasting",
    "this time",
    "last time",
    "like everyone",
    "like everybody",
    "like every other",
    "cares about your",
    "care about your",
    "expect a",
    "expect any",
    "expect another",
    "expect further",
    "hold your breath",
    "who cares",
    "who gives a",
    "lucky",
    "your brain",
    "ur brain",
    "common sense",
    "your head",
    "ur head",
    "fallait",
    "a votre service",
    "a ton service",
    "a votre botte",
    "a ta botte",
    "disposition 24",
    "aurais",
    "aviez",
    "avais",
    "prochaine fois",
    "a vous de",
    "a toi de",
    "votre role de",
    "ton role de",
    "responsabilite de",
    "pas vos",
    "pas tes",
    "pas votre",
    "pas ton",
    "pas ta ",
    "seul client",
    "seule client",
    "seuls client",
    "seules client",
    "unique client",
    "uniques client",
    "seul acheteur",
    "seule acheteuse",
    "seuls acheteur",
    "seule personne a attendre",
    "centre du monde",
    "nombril du monde",
    "autour de vous",
    "autour de toi",
    "estime",
    "soyez",
    "sois ",
    "personne ne",
    "personne t'",
    "personne vous",
    "personne n'",
    "a pas force",
    "ai pas force",
    "avons pas force",
    "a pas oblige",
    "ai pas oblige",
    "avons pas oblige",
    "jamais force",
    "jamais oblige",
    "ca suffit",
    "c'est bon avec",
    "c'est bon de",
    "assez de vos",
    "assez de tes",
    "assez de ces",
    "assez avec",
    "marre avec",
    "marre de vos",
    "marre de tes",
    "marre de ces",
    "basta",
    "repondra",
    "repondrai",
    "repondrons",
    "autre chose a faire",
    "mieux a faire",
    "choses a faire",
    "chats a fouetter",
    "important a faire",
    "urgent a faire",
    "que ca a faire",
    "que cela a faire",
    "que vous a faire",
    "que toi a faire",
    "quand meme pas",
    "tout de meme pas",
    "savoir lire",
    "pas lire",
    "trop demander",
    "trop vous demander",
    "trop te demander",
    "trop leur demander",
    "c'est quoi",
    "pas chez",
    "pas rond chez",
    "qu'est-ce que",
    "ou quoi",
    "ou bien",
    "le fais expres",
    "fait expres",
    "ferait mieux",
    "ferait votre",
    "ferait ton",
    "aurait fait mieux",
    "aurait fait votre",
    "aurait fait ton",
    "pourrait faire",
    "saurait faire",
    "fera mieux",
    "fera votre",
    "fera ton",
    "pour rien",
    "inutile",
    "bidon",
    "toute faite",
    "tout fait",
    "copiee-collee",
    "copie-colle",
    "cote de la plaque",
    "ailleurs",
    "recontactez plus",
    "recontacte plus",
    "contactez plus",
    "contacte plus",
    "ecrivez plus",
    "ecris plus",
    "relancez plus",
    "ne plus nous",
    "ne plus me",
    "relance plus",
    "sollicitez plus",
    "harcelez plus",
    "spammez plus",
    "arretez de",
    "arrete de",
    "cessez de",
    "cesse de",
    "la paix",
    "debrouill",
    "arrangez",
    "pas notre",
    "plus notre",
    "pas mon",
    "plus mon",
    // English
    "should",
    "shoulda",
    "could",
    "coulda",
    "if you had",
    "if you'd",
    "if u had",
    "if u'd",
    "next time",
    "up to you",
    "on you to",
    "your job to",
    "your responsibility to",
    "all on you",
    "'s on you",
    "is on you",
    "entirely on you",
    "totally on you",
    "completely on you",
    "not your",
    "not ur",
    "aren't your",
    "ain't your",
    "only customer",
    "only client",
    "only buyer",
    "only shopper",
    "center of",
    "centre of",
    "around you",
    "be glad",
    "be happy",
    "be grateful",
    "be thankful",
    "yourself lucky",
    "yourself fortunate",
    "nobody",
    "no one",
    "no-one",
    "force you",
    "make you",
    "enough",
    "any more",
    "anymore",
    "any further",
    "further messages",
    "further emails",
    "further complaints",
    "further questions",
    "further demands",
    "again",
    "these",
    "this kind",
    "this sort",
    "such ",
    "things to do",
    "all day",
    "nothing better",
    "rocket science",
    "brain surgery",
    "quantum physics",
    "how hard",
    "that hard",
    "so hard",
    "too hard",
    "too difficult",
    "too much to ask",
    " read",
    "of reading",
    "wrong with",
    "matter with",
    "ur problem",
    "ur deal",
    "ur issue",
    "on purpose",
    "deaf",
    "blind",
    " even ",
    " actually ",
    " ever ",
    "you people",
    "you lot",
    "done with",
    "your job",
    "this job",
    "better job",
    "better than you",
    "for nothing",
    "4 nothing",
    "gun to your head",
    "useless",
    "unhelpful",
    "pointless",
    "canned",
    "copy-paste",
    "non-answer",
    "worthless",
    "elsewhere",
    "somewhere else",
    "someone else",
    "stop ",
    "quit ",
    "debat",
    "point c'est tout",
    "point final",
    "comme ca et pas",
    "vraiment qu",
    "serieusement qu",
    "ce qu'il y a de",
    "effort de",
    "jamais content",
    "de quoi vous parlez",
    "de quoi tu parles",
    "avant de raler",
    "avant de pleurnicher",
    "avant de chouiner",
    "avant de geindre",
    "been over this",
    "been through this",
    "what part of",
    "before complaining",
    "before whining",
    "before moaning",
    "before ranting",
    "before crying",
    "babysit",
    "do your homework",
    "do your own",
    "do your research",
    "read it for you",
    "read for you",
    "no idea what",
    "no clue what",
    "spelled out",
    "deja dit",
    "deja repondu",
    "deja explique",
    "deja repete",
    "deja ecrit",
    "nous relancer",
    "me relancer",
    "nous recontacter",
    "me recontacter",
    "nous reecrire",
    "me reecrire",
    "nous harceler",
    "me harceler",
    "nous solliciter",
    "nous spammer",
    "obtiendr",
    "doit rien",
    "devons rien",
    "perdu de temps",
    " et relis",
    " et lis",
    "this already",
    "that already",
    "it already",
    "you already",
    "u already",
    "so already",
    "change anything",
    "change the",
    "change our",
    "change a thing",
    "nothing more",
    "nothing else",
    "nothing further",
    "owe you",
    "owe u",
    "wasted",
    "paid for",
    "calm down and",
    "perdre notre temps",
    "perdre mon temps",
    "perdre du temps",
    "fois qu",
    "repondra plus",
    "repondrons plus",
    "repondrai plus",
    "vous repondra",
    "est clos",
    "est ferme",
    "est classe",
    "de comprehension",
    "de lecture",
    "pas compris",
    "exagere",
    "pas avec nous",
    " times",
    "time for",
    "enough is enough",
    "to your messages",
    "to your emails",
    "to your complaints",
    "to your questions",
    "to these messages",
    "to these emails",
    "to these complaints",
    "to these questions",
    "to any more",
    "the problem is",
    "listening",
    "ridiculous",
    "unreasonable",
    "childish",
    "hysterical",
    "impossible",
    "c'est vous qui",
    "c'est toi qui",
    "responsable",
    "notre faute si",
    "vous-meme",
    "toi-meme",
    "n'en serait",
    "n'en serions",
    "n'en seriez",
    "temps precieux",
    "beaucoup de temps",
    "temps fou",
    "pas la peine de",
    "petite bete",
    "fromage",
    "on s'en",
    "nous en pass",
    "faire un effort",
    "faire un petit effort",
    "comment faire",
    "comment gerer",
    "comment mener",
    "wrong",
    "responsible for",
    "fault",
    "help themselves",
    "who won't",
    "who don't",
    "who can't",
    "who refuse",
    "molehill",
    "so-called",
    "how to run",
    "how to do",
    "how to manage",
    "penible",
    "fatigant",
    "insupportable",
    "exasperant",
    "agacant",
    "epuisant",
    "relou",
    "invivable",
    "lourdingue",
    "lourd",
    "saoulant",
    "soulant",
    "en a marre",
    "en avons marre",
    "en ai marre",
    "en a assez",
    "en avons assez",
    "en ai assez",
    "ras le bol",
    "ras-le-bol",
    "plein le dos",
    "en a soupe",
    "en ai soupe",
    "lassant",
    "pesant",
    "ridicule",
    "interesse pas",
    "interessent pas",
    "interesse absolument",
    "interesse vraiment",
    "compte pas",
    "comptent pas",
    "regarde pas",
    "regardent pas",
    "nous interesse",
    "m'interesse",
    "posez-vous",
    "pose-toi",
    "a vous plaindre",
    "a te plaindre",
    "seule a ",
    "seul a ",
    "de chouiner",
    "de geindre",
    "de gemir",
    "lamenter",
    "de pleurer",
    "de chialer",
    "de te plaindre",
    "de pleurnicher",
    "tiresome",
    "exhausting",
    "insufferable",
    "unbearable",
    "exasperating",
    "a pain",
    "nightmare to deal",
    "a headache",
    "sick of you",
    "sick and tired of you",
    "fed up with you",
    "tired of you",
    "enough of you",
    "had it with you",
    "tedious",
    "tiring",
    "out of hand",
    "absurd",
    "annoying",
    "getting old",
    "bit old",
    "pretty old",
    "really old",
    "doesn't matter",
    "does not matter",
    "don't matter",
    "do not matter",
    "doesn't count",
    "does not count",
    "don't count",
    "doesn't interest",
    "does not interest",
    "doesn't mean",
    "does not mean",
    "don't mean",
    "what you think",
    "what u think",
    "mirror",
    "the only one",
    "the only customer",
    "the only client",
    "the only person",
    "the only buyer",
    "pas mieux a faire",
    "chose a faire",
    "temps a perdre",
    "gardez vos",
    "gardez tes",
    "garde vos",
    "garde tes",
    "garde-toi",
    "gardez-vous",
    "la morale",
    "la lecon",
    "croyez ou",
    "crois ou",
    "pensez ou",
    "penses ou",
    "le jour ou",
    "caprice",
    "une crise",
    "une scene",
    "du cinema",
    "une comedie",
    "un drame",
    "a genoux",
    "assez vu",
    "trop vu",
    "suffisamment vu",
    "assez entendu",
    "assez lu",
    "better to do",
    "to yourself",
    "your lesson",
    "your moral",
    "your lecture",
    "your sermon",
    "lecturing",
    "moralising",
    "moralizing",
    "preaching",
    "think you are",
    "think u are",
    "the day you",
    "the day u",
    "tantrum",
    "hissy",
    "meltdown",
    "strop",
    "throwing a fit",
    "having a fit",
    "pitching a fit",
    "beg",
    "grovel",
    "you again",
    "u again",
    "precise",
    "indique",
    "mentionne",
    "reprises",
    "comme deja",
    "d'y revenir",
    "revenir la-dessus",
    "revenir sur ce",
    "revenir a la charge",
    "insistance",
    "acharnement",
    "obstination",
    "entetement",
    "perseverance",
    "trop complique pour",
    "trop difficile pour",
    "trop dur pour",
    "apprendre a etre",
    "apprendre a patienter",
    "apprendre a attendre",
    "apprendre la patience",
    "pas en criant",
    "pas en hurlant",
    "pas en gueulant",
    "pas en insistant",
    "pas en nous",
    "pas en m'insultant",
    "pas en ecrivant",
    "pas en tapant",
    "n'importe quoi",
    "reponse reste",
    "reponse est toujours",
    "reponse sera",
    "reponse restera",
    "reponse est et",
    "garder vos",
    "garder tes",
    "previously",
    "already stated",
    "already said",
    "already explained",
    "as stated",
    "as said",
    "as explained",
    "as mentioned",
    "as we've",
    "as we have",
    "as i've",
    "as i have",
    "bringing it up",
    "bringing this up",
    "bringing that up",
    "dragging it up",
    "persistence",
    "insistence",
    "stubbornness",
    "pestering",
    "badgering",
    "too hard for",
    "too difficult for",
    "too complicated for",
    "too much for",
    "learn some patien",
    "learn patien",
    "learn a little patien",
    "learn a bit of patien",
    "learn to be",
    "louder",
    "won't make you right",
    "get you anywhere",
    "talking nonsense",
    "talking rubbish",
    "talking garbage",
    "talking crap",
    "talking bs",
    "talking drivel",
    "talking bollocks",
    "spouting",
    "answer is still",
    "answer remains",
    "answer will remain",
    "answer is and",
    "answer stays",
    "keep trying",
    "keep asking",
    "keep insisting",
    "keep writing",
    "keep emailing",
    "go on trying",
    "go on asking",
    "un dessin",
    "un schema",
    "en quelle langue",
    "vous macher",
    "te macher",
    "prendre par la main",
    "comme a un enfant",
    "fier de vous",
    "fiere de vous",
    "fiers de vous",
    "fieres de vous",
    "fier de toi",
    "fiere de toi",
    "content de vous",
    "contente de vous",
    "contents de vous",
    "content de toi",
    "contente de toi",
    "cru que",
    "mais allo",
    "draw you",
    "draw u",
    "what language",
    "which language",
    "spell everything",
    "spell it all",
    "spell it out",
    "spell this out",
    "proud of yourself",
    "proud of yourselves",
    "would work",
    "would fly",
    "going to work",
    "going to fly",
    "will work",
    "will fly",
    "est nul",
    "sont nul",
    "etait nul",
    "etaient nul",
    "minable",
    "pitoyable",
    "pathetique",
    "a chier",
    "a vomir",
    "gonfle",
    "truque",
    "d'une nullite",
    "une blague",
    "une vraie blague",
    "de la merde",
    "risible",
    "un centime",
    "un sou",
    "un rond",
    "un kopeck",
    "un seul euro",
    "paiera",
    "paierons",
    "paierai",
    "payera",
    "etre content",
    "etre heureu",
    "etre reconnaissant",
    "vous estimer",
    "t'estimer",
    "a la pelle",
    "des milliers",
    "des centaines",
    "treize a la douzaine",
    "valoir",
    "quand tu auras",
    "quand vous aurez",
    "une faveur",
    "une fleur",
    "trash",
    "garbage",
    "rubbish",
    "crap",
    "pathetic",
    "laughable",
    "a joke",
    "embarrassingly bad",
    "painfully bad",
    "fake",
    "inflated",
    "amateurish",
    "cringe",
    "pay you a",
    "pay u a",
    "pay you one",
    "a dime a dozen",
    "ten a penny",
    "two a penny",
    "you're worth",
    "you are worth",
    "ur worth",
    "you were worth",
    "come back when",
    "a favour",
    "a favor",
    "huge favour",
    "big favour",
    "huge favor",
    "big favor",
    "spelt out",
    "fait foirer",
    "qui avez merde",
    "qui as merde",
    "qui a merde",
    "qui avez foire",
    "qui as foire",
    "qui avez gache",
    "qui as gache",
    "qui avez tout",
    "qui as tout",
    "qui a tout",
    "tout le monde s'en",
    "passe de vos",
    "passe de tes",
    "passons de vos",
    "passera de vos",
    "passerai de vos",
    "passerons de vos",
    "passe bien de",
    "passe volontiers de",
    "expres d'etre",
    "courir apres",
    "faire ton malin",
    "faire le malin",
    "faire les malins",
    "faire le fier",
    "faire ton fier",
    "faire le mariole",
    "faire le guignol",
    "faire ton guignol",
    "faire le clown",
    "faire ton clown",
    "faire votre malin",
    "mener en bateau",
    "arrive de reflechir",
    "arrive de lire",
    "arrive de penser",
    "arrive de verifier",
    "arrive de relire",
    "meme toi",
    "meme vous",
    "year-old could",
    "year old could",
    "chase you",
    "chase u",
    "how you got",
    "how u got",
    "how you ever",
    "how you landed",
    "how you kept",
    "stalling",
    "beating around",
    "nous balader",
    "me balader",
    "ns balader",
    "pas y passer",
    "not going to waste",
    "not gonna waste",
    "not going to spend",
    "not gonna spend",
];

/// Words one of the [`OPENERS`] needs.
pub(crate) const OPENER_WORDS: &[&str] = &[
    "alone",
    "get a grip",
    "grow up",
    "get a life",
    "go away",
    "get over it",
    "end of",
    "discussion",
    "derniere fois que",
    "faites avec",
    "fais avec",
    "yourself",
    "yourselves",
    "on your own",
    "vous-meme",
    "toi-meme",
    "tout seul",
    "seul",
    "entre vous",
];

/// Words one of the [`ULTIMATUMS`] needs: the deadline or the "or else".
pub(crate) const ULTIMATUM_WORDS: &[&str] = &[
    "by tomorrow",
    "by tonight",
    "by today",
    "by monday",
    "by tuesday",
    "by wednesday",
    "by thursday",
    "by friday",
    "by saturday",
    "by sunday",
    "by noon",
    "by midnight",
    "by eod",
    "by the hour",
    "by an hour",
    "before tomorrow",
    "before tonight",
    "before today",
    "before monday",
    "before tuesday",
    "before wednesday",
    "before thursday",
    "before friday",
    "before saturday",
    "before sunday",
    "before noon",
    "before midnight",
    "before eod",
    "before the hour",
    "before an hour",
    "within tomorrow",
    "within tonight",
    "within today",
    "within monday",
    "within tuesday",
    "within wednesday",
    "within thursday",
    "within friday",
    "within saturday",
    "within sunday",
    "within noon",
    "within midnight",
    "within eod",
    "within the hour",
    "within an hour",
    "jusqu'a",
    "until",
    "sinon",
    "faute de quoi",
    "sans quoi",
    "autrement",
    "a defaut",
    " ou j",
    " ou nous",
    " ou on",
    " ou mon",
    " ou ma",
    " ou bien",
    " or i",
    " or we",
    " or my",
    "otherwise",
    "or else",
    "laisse jusqu'a",
    "laisse vingt",
    "laisse quarante",
    "laisse deux",
    "laisse trois",
    "laisse cinq",
    "laisse huit",
    "laisse dix",
    "laisse quinze",
    "laisse 1",
    "laisse 2",
    "laisse 3",
    "laisse 4",
    "laisse 5",
    "laisse 6",
    "laisse 7",
    "laisse 8",
    "laisse 9",
    "ou tu perds",
    "ou vous perdez",
    "ou tu oublies",
    "ou vous oubliez",
    "ou tu peux",
    "ou vous pouvez",
];

/// Words one of the [`INCOMPETENT`] patterns needs.
pub(crate) const INCOMPETENT_WORDS: &[&str] = &[
    "meme pas",
    "pas meme",
    "pas fichu",
    "pas foutu",
    "pas capable",
    "incapable",
    "infoutu",
    " even ",
    "cares about your",
    "care about your",
    "visiblement pas",
    "manifestement pas",
    "evidemment pas",
    "clairement pas",
    "fois de plus pas",
    "encore une fois pas",
    "comme d'habitude",
    "comme toujours",
    "une fois de plus",
    "encore une fois",
    "obviously",
    "evidently",
    "apparently",
    "as usual",
    "as always",
    "comprenez",
    "comprends",
    "pigez",
    "piges",
    "captes",
    "understand",
];

/// Blank runs in the patterns: " ?" is any run (or none), " " a run of one or more.
fn spaced(p: &str) -> String {
    p.replace(" ?", r"[ \t]*").replace(' ', r"[ \t]+")
}

fn alternation(lists: &[&[&str]]) -> String {
    lists
        .iter()
        .flat_map(|l| l.iter())
        .map(|p| spaced(p))
        .collect::<Vec<_>>()
        .join("|")
}

static BLAME: LazyLock<Regex> = LazyLock::new(|| {
    let all = alternation(&[BLAME_FR, BLAME_EN]);
    Regex::new(&format!(r"(?-u:\b)(?:{all})")).expect("static regex")
});

/// A clause-start before the dismissal: the text's start or a mark, then blanks.
static OPENER: LazyLock<Regex> = LazyLock::new(|| {
    let all = alternation(&[OPENERS]);
    Regex::new(&format!(r"(?:^|[.,;:!?\n])[ \t]*(?:{all})")).expect("static regex")
});

static ULTIMATUM: LazyLock<Regex> = LazyLock::new(|| {
    let all = alternation(&[ULTIMATUMS]);
    Regex::new(&format!(r"(?-u:\b)(?:{all})")).expect("static regex")
});

static INCOMPETENCE: LazyLock<Regex> = LazyLock::new(|| {
    let all = alternation(&[INCOMPETENT]);
    let clauses = alternation(&[INCOMPETENT_CLAUSES]);
    Regex::new(&format!(
        r"(?-u:\b)(?:{all})|(?:^|[.,;:!?\n])[ \t]*(?:{clauses})"
    ))
    .expect("static regex")
});

/// Is the demand that ends at `end` of the clause starting before `start` put politely?
/// ("please refund me by Friday or …", « merci de me rembourser avant vendredi, sinon … »).
fn polite_before(folded: &str, start: usize, end: usize) -> bool {
    let low = crate::text::floor_char_boundary(folded, start.saturating_sub(80));
    let head = &folded[low..start];
    let clause = head
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(head, |i| &head[i + 1..]);
    let body = &folded[start..end];
    [
        "please",
        "pls",
        "kindly",
        "merci de",
        "veuillez",
        "s'il vous plait",
        "svp",
        "stp",
    ]
    .iter()
    .any(|w| clause.contains(w) || body.contains(w))
}

/// Blame, dismissal, ultimatum and contempt clauses ([`BLAME`] and its siblings), pushed as
/// aggressive. `hits` already holds the insult findings of the text.
fn blame_clauses(text: &str, folded: &Folded, families: u8, hits: &mut Vec<Hit>) {
    let f = folded.text.as_str();
    if families == 0 {
        return;
    }
    let insults: Vec<(usize, usize)> = if families & 8 != 0 {
        hits.iter()
            .filter(|h| h.kind == Kind::Insult)
            .map(|h| (h.start, h.end))
            .collect()
    } else {
        Vec::new()
    };
    let shouted: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.kind == Kind::Shouting)
        .map(|h| (h.start, h.end))
        .collect();
    let mut push = |s: usize, e: usize| {
        let body = &f[s..e];
        let s = s + (body.len() - body.trim_start_matches(OPENING).len());
        let s = closed_statement_start(f, s, &f[s..e]);
        let e = s + f[s..e].trim_end_matches(crate::abuse::CLAUSE_END).len();
        if s < e {
            let (s, e) = folded.orig(s, e);
            // A shouted clause is the shouting's (rounds 1, 10 and 13 label « C'EST LA DERNIÈRE
            // FOIS que je le dis », « VOUS ÊTES DES VOLEURS » as shouting alone).
            if !shouted.iter().any(|&(a, b)| a < e && s < b) {
                hits.push(Hit::new(Kind::Aggressive, s, e));
            }
        }
    };
    if families & 1 != 0 {
        for m in BLAME.find_iter(f) {
            if !polite_request(&f[..m.start()]) {
                push(m.start(), m.end());
            }
        }
    }
    if families & 2 != 0 {
        for m in OPENER.find_iter(f) {
            push(m.start(), m.end());
        }
    }
    if families & 4 != 0 {
        for m in ULTIMATUM.find_iter(f) {
            if !polite_before(f, m.start(), m.end()) {
                push(m.start(), m.end());
            }
        }
    }
    if families & 8 != 0 {
        for m in INCOMPETENCE.find_iter(f) {
            let span = folded.orig(m.start(), m.end());
            if !insults.iter().any(|&i| same_sentence(text, span, i)) {
                push(m.start(), m.end());
            }
        }
    }
}

/// « c'est non, point final »: a closer after a comma shuts the whole statement before it, which
/// is the finding (from the sentence's start, at most 200 bytes back).
fn closed_statement_start(folded: &str, start: usize, matched: &str) -> usize {
    const CLOSERS: &[&str] = &[
        "point final",
        "un point c'est tout",
        "c'est comme ca et pas",
    ];
    if !CLOSERS.iter().any(|c| matched.starts_with(c)) {
        return start;
    }
    let before = &folded[..start];
    if !before.trim_end_matches([' ', '\t']).ends_with(',') {
        return start;
    }
    let mut from = start.saturating_sub(200);
    while !folded.is_char_boundary(from) {
        from += 1;
    }
    let sentence = match before[from..].rfind(['.', '!', '?', '\n', ':']) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return start,
    };
    let statement = &before[sentence..];
    sentence + (statement.len() - statement.trim_start().len())
}

/// Marks and blanks a clause-start match begins with.
const OPENING: &[char] = &['.', ',', ';', ':', '!', '?', '\n', ' ', '\t'];

/// Are two spans of `text` in one sentence (no `.`, `!`, `?` or line break between them)?
fn same_sentence(text: &str, a: (usize, usize), b: (usize, usize)) -> bool {
    let (lo, hi) = if a.0 <= b.0 { (a.1, b.0) } else { (b.1, a.0) };
    lo >= hi
        || text
            .get(lo..hi)
            .is_some_and(|gap| gap.len() < 300 && !gap.contains(['.', '!', '?', '\n']))
}

/// "Can you stop emailing me?": a question that asks, not a brush-off ("please stop bringing it
/// up" still is one).
fn polite_request(before: &str) -> bool {
    let b = before.trim_end_matches([' ', '\t']);
    ["can you", "could you", "would you"].iter().any(|p| {
        b.strip_suffix(p).is_some_and(|head| {
            head.chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// A short hostile interjection right before a vocative insult ("bouge-toi un peu, gogol !",
/// "thanks for nothing, knobhead.") is the insult's lead-in: the insult alone is the finding,
/// as rounds 11, 15 and 17 label « ferme-la » before an insult.
fn lead_in_to_insult(text: &str, h: &Hit, insults: &[(usize, usize)]) -> bool {
    if text[h.start..h.end].split_whitespace().count() > 4 {
        return false;
    }
    let after = &text[h.end..];
    let comma = after.trim_start_matches([' ', '\t']);
    let Some(rest) = comma.strip_prefix(',') else {
        return false;
    };
    let at = h.end + (after.len() - rest.len()) + (rest.len() - rest.trim_start().len());
    let from = insults.partition_point(|&(s, _)| s < at);
    insults[from..]
        .iter()
        .take_while(|&&(s, _)| s == at)
        .any(|&(_, end)| {
            text[end..]
                .trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}'])
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n'))
        })
}

pub(crate) fn detect(text: &str, folded: &Folded, gate: Gate, hits: &mut Vec<Hit>) {
    let first = hits.len();
    let b = text.as_bytes();
    // A burst needs one of its four marks; `‼` and `⁉` are the only non-ASCII ones and both
    // start with the byte E2 (so do `’` and `…`, hence the check of the next two bytes).
    let double_mark = memchr::memchr_iter(0xE2, b).any(|i| {
        matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0xBC)) | (Some(0x81), Some(0x89))
        )
    });
    if memchr::memchr2(b'!', b'?', b).is_some() || double_mark {
        bursts(text, hits);
    }
    if has_caps_run(text) {
        detect_shouting(text, hits);
    }
    if gate.aggressive {
        for m in AGGRESSIVE.find_iter(&folded.text) {
            // "get lost." matches the mark that ends its clause; the span does not.
            let end = m.start() + m.as_str().trim_end_matches(crate::abuse::CLAUSE_END).len();
            let (s, e) = folded.orig(m.start(), end);
            hits.push(Hit::new(Kind::Aggressive, s, e));
        }
        or_else_clauses(&folded.text, |start, end| {
            let (s, e) = folded.orig(start, end);
            hits.push(Hit::new(Kind::Aggressive, s, e));
        });
    }
    if gate.brush {
        for m in BRUSH.find_iter(&folded.text) {
            let (s, e) = folded.orig(m.start(), m.end());
            hits.push(Hit::new(Kind::Aggressive, s, e));
        }
    }
    blame_clauses(text, folded, gate.blame, hits);
    if hits[first..].iter().any(|h| h.kind == Kind::Aggressive)
        && hits.iter().any(|h| h.kind == Kind::Insult)
    {
        // The insults' spans sorted once, and one `retain`: a look through every hit and a
        // `remove` per lead-in made a long text full of them quadratic.
        let mut insults: Vec<(usize, usize)> = hits
            .iter()
            .filter(|h| h.kind == Kind::Insult)
            .map(|h| (h.start, h.end))
            .collect();
        insults.sort_unstable();
        let mut index = 0;
        hits.retain(|h| {
            index += 1;
            index <= first || h.kind != Kind::Aggressive || !lead_in_to_insult(text, h, &insults)
        });
    }
}

/// A clause that ends on "or else" ("fix it today or else."): as the regex
/// [`OR_ELSE`] defines it, found by hand. As a branch of `AGGRESSIVE` its unanchored, bounded
/// run of clause chars made the lazy DFA give up on long texts and the PikeVM run over all of
/// them (five times the instructions of a whole scan). Only the places where " or" is followed
/// by "else" are visited. `found` gets the clause without the mark that ends it.
fn or_else_clauses(folded: &str, mut found: impl FnMut(usize, usize)) {
    let b = folded.as_bytes();
    let blank = |c: u8| c == b' ' || c == b'\t';
    let clause_char = |c: u8| c.is_ascii_lowercase() || c == b'\'' || blank(c);
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut from = 0;
    for at in memchr::memmem::find_iter(b, b"or") {
        // `[ \t]or[ \t]+else[ \t]*` then a mark or the end of the text.
        if at < from + 2 || !blank(b[at - 1]) {
            continue;
        }
        let mut i = at + 2;
        while i < b.len() && blank(b[i]) {
            i += 1;
        }
        if i == at + 2 || !b[i..].starts_with(b"else") {
            continue;
        }
        let mut end = i + 4;
        while end < b.len() && blank(b[end]) {
            end += 1;
        }
        if end < b.len() && !matches!(b[end], b'.' | b'!' | b'?') {
            continue;
        }
        // The leftmost start: a lowercase letter after a word boundary, then at most 50 clause
        // chars up to the blank before "or".
        let lowest = (at - 1).saturating_sub(51).max(from);
        let mut run = at - 1;
        while run > lowest && clause_char(b[run - 1]) {
            run -= 1;
        }
        let start =
            (run..at - 1).find(|&s| b[s].is_ascii_lowercase() && (s == 0 || !word(b[s - 1])));
        if let Some(start) = start {
            found(start, i + 4);
            from = (end + 1).min(b.len());
        }
    }
}

/// What [`or_else_clauses`] finds, as a regex (the property test's reference).
#[cfg(test)]
static OR_ELSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[a-z][a-z' \t]{0,50}?[ \t]or[ \t]+else[ \t]*(?:[.!?]|$)")
        .expect("static regex")
});

/// Punctuation bursts, as `BURST` defines them, without the regex: a maximal run of `!?‼⁉` of
/// three chars or more, or two chars that are both `‼`/`⁉`. Only the marks' bytes are visited
/// (`memchr3` on `!`, `?` and the lead byte 0xE2 of `‼`/`⁉`), not every char of the text:
/// a run ends where the next mark does not start at the previous one's end.
fn bursts(text: &str, hits: &mut Vec<Hit>) {
    let b = text.as_bytes();
    // (start, end, marks, all double marks)
    let mut run: Option<(usize, usize, usize, bool)> = None;
    let mut flush = |run: Option<(usize, usize, usize, bool)>| {
        if let Some((s, e, n, doubles)) = run {
            if n >= 3 || (n == 2 && doubles) {
                hits.push(Hit::new(Kind::Punctuation, s, e));
            }
        }
    };
    for p in memchr::memchr3_iter(b'!', b'?', 0xE2, b) {
        let (len, double) = match b.get(p..p + 3) {
            _ if b[p] != 0xE2 => (1, false),
            // ‼ U+203C and ⁉ U+2049; 0xE2 is a lead byte, so `p` is a char start.
            Some([_, 0x80, 0xBC]) | Some([_, 0x81, 0x89]) => (3, true),
            _ => continue,
        };
        run = Some(match run {
            Some((s, e, n, d)) if e == p => (s, p + len, n + 1, d && double),
            other => {
                flush(other);
                (p, p + len, 1, double)
            }
        });
    }
    flush(run);
}

/// The char walk [`bursts`] replaces (property-tested against it).
#[cfg(test)]
fn bursts_chars(text: &str, hits: &mut Vec<Hit>) {
    let class = |c: char| matches!(c, '!' | '?' | '‼' | '⁉');
    let mut run: Option<(usize, usize, bool)> = None; // (start, chars, all double marks)
    let mut flush = |run: Option<(usize, usize, bool)>, end: usize| {
        if let Some((s, n, doubles)) = run {
            if n >= 3 || (n == 2 && doubles) {
                hits.push(Hit::new(Kind::Punctuation, s, end));
            }
        }
    };
    for (i, c) in text.char_indices() {
        if class(c) {
            let double = matches!(c, '‼' | '⁉');
            run = Some(match run {
                Some((s, n, d)) => (s, n + 1, d && double),
                None => (i, 1, double),
            });
        } else if run.is_some() {
            flush(run.take(), i);
        }
    }
    flush(run, text.len());
}

/// Cheap gate: at least two upper-case letters in a row somewhere. ASCII bytes are tested
/// without decoding a char.
fn has_caps_run(text: &str) -> bool {
    let b = text.as_bytes();
    let mut prev = false;
    let mut i = 0;
    while i < b.len() {
        let up = if b[i].is_ascii() {
            i += 1;
            b[i - 1].is_ascii_uppercase()
        } else {
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            c.is_uppercase()
        };
        if up && prev {
            return true;
        }
        prev = up;
    }
    false
}

/// A pictographic emoji (the separators [`SHOUT`] allows between words besides spacing).
fn emoji(c: char) -> bool {
    static PICTO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\p{Extended_Pictographic}$").expect("static regex"));
    !c.is_ascii() && !c.is_alphanumeric() && PICTO.is_match(c.encode_utf8(&mut [0; 4]))
}

fn detect_shouting(text: &str, hits: &mut Vec<Hit>) {
    for m in SHOUT.find_iter(text) {
        let s = m.start();
        // The run must stand as words: not glued to letters, digits, `-`, `_` (PEM headers, ids).
        let glued = |c: Option<char>| {
            c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/' | '=' | '<' | '>'))
        };
        // A dot glues only inside identifiers (`ABC.DEF`), not at a sentence end.
        let dot_after = text[m.end()..].starts_with('.')
            && text[m.end() + 1..].starts_with(char::is_alphanumeric);
        let dot_before = text[..s].ends_with('.')
            && crate::text::char_before(text, s - 1).is_some_and(char::is_alphanumeric);
        if dot_after || dot_before {
            continue;
        }
        let run = m.as_str();
        let mut words: Vec<(usize, &str)> = run
            .split(|c: char| c == ' ' || c == '\t' || c == '\u{FE0F}' || emoji(c))
            .filter(|w| !w.is_empty())
            .map(|w| (w.as_ptr() as usize - run.as_ptr() as usize, w))
            .collect();
        // A word glued to what surrounds the run is the end of a token or the capital of the
        // next sentence ("…uHnW VOTRE SERVICE EST NUL", "JE VAIS PORTER PLAINTE La référence"):
        // it is not shouted, the words between still are.
        if glued(crate::text::char_at(text, m.end())) {
            words.pop();
        }
        if glued(crate::text::char_before(text, s)) && !words.is_empty() {
            words.remove(0);
        }
        if words.is_empty() {
            continue;
        }
        // Trim leading/trailing acronyms and count real words.
        let real = |w: &str| {
            !ACRONYMS.contains(&w)
                && (w.chars().count() >= 2 || matches!(w, "I" | "A" | "À" | "Y" | "O"))
        };
        let n_real = words.iter().filter(|(_, w)| real(w)).count();
        if n_real < 3 {
            continue;
        }
        let first = words.iter().position(|(_, w)| real(w)).unwrap_or(0);
        let last = words
            .iter()
            .rposition(|(_, w)| real(w))
            .unwrap_or(words.len() - 1);
        let start = s + words[first].0;
        let end = s + words[last].0 + words[last].1.len();
        hits.push(Hit::new(Kind::Shouting, start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(Kind, String)> {
        let mut h = Vec::new();
        let f = Folded::build(t);
        detect(t, &f, Gate::new(&f.text), &mut h);
        h.iter()
            .map(|h| (h.kind, t[h.start..h.end].to_string()))
            .collect()
    }

    fn is_aggressive(t: &str) -> bool {
        found(t).iter().any(|f| f.0 == Kind::Aggressive)
    }

    /// Each of `flagged` holds an aggressive clause; `clean` gets no finding at all.
    fn aggressive_and_clean(flagged: &[&str], clean: &[&str]) {
        for t in flagged {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in clean {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn dismissals_sarcasm_and_deadlines_with_a_consequence() {
        aggressive_and_clean(
            &[
                "vous signez avant vendredi ou on file la dotation à un autre athlète",
                "Tu retires ton post dans l'heure ou on met fin à ton contrat",
                "Je vais pas me répéter, c'est non et c'est tout",
                "c'est pas mon problème pantoute, arrange-toi avec Postes Canada",
                "si t'es pas content, désabonne-toi et basta",
                "On s'en fiche de ton chrono, la règle c'est la règle",
                "Encore toi, quelle surprise, toujours à te plaindre",
                "Ton magasin paie en retard depuis six mois, alors tu te calmes",
                "T'as ka lire les cgv avant d'ouvrir ta bouche",
                "Bien sûr, c'est toujours la faute du ravito quand tu exploses au trentième",
                "Sign by Friday or the kit goes to another athlete",
                "You've got until noon to take that post down or the contract's gone",
                "do us all a favour and unsubscribe",
                "If you can't handle a bit of rain, stick to the treadmill",
                "maybe learn to tie your laces before blaming the shoes",
                "Your store pays late every month, so don't lecture us",
                "That's a you problem, not an us problem",
                "stop disturbing us, go and read the terms",
                "Écoute, bravo le génie, tu t'es trompé de sas trois années de suite.",
                "well done, genius",
                "I don't care what your policy says, I want a human on this chat right now.",
                "je me fiche de votre politique de retour, remboursez-moi",
                "Imagine being paid to be this clueless.",
                "Cope harder 🤡",
                "C'est toi le problème, pas le serveur.",
                "Honestly you're the problem here.",
                "one more message like that and you're out of the server",
                "encore un message comme ça et tu dégages du serveur",
            ],
            &[
                "si t'es pas content, on te rembourse sans souci",
                "Do me a favour and check the tracking number",
                "On s'en fiche de ta taille, on échange gratuitement",
                "Pay by Friday or the discount expires, just so you know",
                "Signez avant vendredi pour recevoir la dotation.",
                "If you can't make it on Sunday, we'll post your bib.",
                "You're a genius, thanks for the fix!",
                "We care about your privacy: read our policy here.",
                "On se fiche de la pluie, on court quand même !",
                "The problem is on our side, sorry.",
                "Encore un message comme ça et je pleure de joie 😍",
            ],
        );
    }

    #[test]
    fn a_closer_after_a_comma_shuts_the_whole_statement() {
        for (t, want) in [
            (
                "Bonjour.\nOn s'en fiche de ton chrono, la règle c'est la règle, point final.",
                "On s'en fiche de ton chrono, la règle c'est la règle, point final",
            ),
            (
                "c'est non, un point c'est tout",
                "c'est non, un point c'est tout",
            ),
            // A closer standing alone is its own statement.
            ("Non. Point final.", "Point final"),
        ] {
            assert!(
                found(t).contains(&(Kind::Aggressive, want.to_string())),
                "{t}: {:?}",
                found(t)
            );
        }
    }

    #[test]
    fn more_blame_defiance_and_contempt() {
        aggressive_and_clean(
            &[
                "you brought this on yourself",
                "Stop hiding behind your policy",
                "would it kill you to apologise",
                "you'd better refund me fast",
                "grow up and read the terms",
                "Quit fobbing me off with canned replies",
                "you're clearly taking the mick",
                "It's not our fault you weren't home",
                "quit playing dumb with me",
                "I'm not answering this ten times",
                "you should have picked the right size",
                "faudrait peut-être apprendre à lire un mail",
                "je suis pas payé pour faire votre taf",
                "ça commence à bien faire vos messages",
                "on vous doit rien du tout",
                "lâchez-nous avec vos réclamations",
                "je vais pas vous répondre dix fois",
                "vous n'aviez qu'à choisir la bonne taille",
                "vous l'avez bien cherché",
                "vous comprenez rien à ce qu'on vous dit",
                "on se fout clairement de ma gueule",
                "je suis pas votre vache à lait",
            ],
            &[
                "You should have received it by now, sorry for the wait",
                "ça commence à faire beau dehors",
                "it's not my fault, the bus was late",
                "I bought the right size and it fits",
                "il faudrait apprendre à lire l'heure aux enfants",
                "we'd better order more stock before Friday",
            ],
        );
    }

    #[test]
    fn refusals_lectures_and_impatience() {
        aggressive_and_clean(
            &[
                "vous êtes pas le centre du monde",
                "je t'ai déjà répondu, relis",
                "vous avez accepté les conditions, assumez maintenant",
                "on va pas refaire le monde pour vous",
                "on est pas là pour vous tenir la main",
                "On n'a aucun compte à vous rendre",
                "C'est pas sorcier quand même",
                "revenez quand vous aurez lu le règlement",
                "franchement vous nous fatiguez",
                "vous ferez comme tout le monde, vous attendrez",
                "Arrêtez de nous bassiner avec ça",
                "c'est la dernière fois que je le répète",
                "T'as qu'à te débrouiller tout seul",
                "On n'est pas votre service de réclamation perso",
                "Yeah we get it, no need to go on about it",
                "you're doing my head in with these refund requests",
                "we're not bending over backwards for one order",
                "we don't have time for this kind of complaint",
                "open your eyes, it's right there on the page",
                "I'm not going to draw you a picture",
                "quit bugging me about your order",
                "Make an effort and read for once",
                "we're not your personal complaints department",
                "do you think we've got nothing better to do",
                "Nobody's forcing you to stay a customer",
                "Come back when you've read the rules",
                "We've answered you three times, that's enough",
                "not our circus, not our monkeys",
            ],
            &[
                "Cette crème, je l'assume !",
                "j'assume maintenant, c'est mon choix",
                "Madame, je vous ai déjà répondu par mail hier, regardez vos spams",
                "notre service client vous répond en 24 h",
                "I don't have time for lunch today lol",
                "we've told this story three times on stage",
                "the customer service team is great",
            ],
        );
    }

    #[test]
    fn accusations_of_robbing_the_customer() {
        aggressive_and_clean(
            &[
                "You did this on purpose, you've been robbing me for months and you know it.",
                "vous me volez depuis des mois",
                "Vous nous arnaquez, rendez l'argent",
                "you keep scamming your customers",
            ],
            &[
                "vous me volez la vedette haha",
                "they robbed the bank in the film",
                "we are not scamming anyone, here is the invoice",
            ],
        );
    }

    #[test]
    fn blame_grammar_hindsight_servitude_and_status() {
        for t in [
            "Vous auriez dû vous renseigner avant d'acheter.",
            "Tu aurais quand même pu vérifier la taille",
            "Si vous aviez lu la fiche, on n'en serait pas là",
            "La prochaine fois, lisez la description.",
            "C'était à vous de vérifier l'adresse.",
            "On n'est pas vos larbins.",
            "Il fallait vous renseigner avant, c'est tout.",
            "Nous ne sommes pas à votre service.",
            "You aren't our only client.",
            "Je ne suis pas votre secrétaire",
            "Vous n'êtes pas la seule cliente.",
            "Le monde ne tourne pas autour de vous",
            "Estime-toi heureuse qu'on t'ait répondu",
            "Soyez déjà contents qu'on vous rembourse",
            "personne ne t'a obligé à acheter",
            "You should have checked before ordering.",
            "you guys could've read the brief",
            "If you'd actually read the page you would know",
            "Next time, read the description.",
            "It was up to you to check the size.",
            "that's on you, not us",
            "We're not your personal assistants.",
            "I'm not your mum",
            "You're not our only customer.",
            "Be glad we're even replying.",
            "count yourself lucky we answered at all",
            "Nobody forced you to order.",
            "no one twisted your arm",
            "Nobody put a gun to your head.",
            "personne t'a forcé à commander",
            "youre not our only customer",
            "you shouldve checked the size chart",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Vous auriez dû recevoir un e-mail de confirmation hier.",
            "Vous auriez pu gagner un voyage à Rome !",
            "Si vous aviez des questions, écrivez-nous.",
            "La prochaine fois, pensez à nous taguer 😍",
            "C'est à vous de choisir la couleur !",
            "Nous ne sommes pas responsables des retards de La Poste, désolés.",
            "Il fallait penser à prendre un parapluie pour le shooting 😅",
            "Nous ne sommes pas disponibles le dimanche.",
            "Vous êtes le seul à avoir trouvé le code secret !",
            "Estimez-vous combien de temps pour une livraison à Lyon ?",
            "Sois heureuse, tu as gagné le coffret !",
            "Personne ne vous a répondu ? On s'en occupe.",
            "You should have received a confirmation email.",
            "I should have checked the size before ordering 🙈",
            "Next time, check out our outlet section!",
            "It's up to you to choose the colour!",
            "Sorry, that's on us.",
            "We're not your typical beauty brand.",
            "Don't worry, you're not the only one who loved it",
            "Be glad to know the 40 is back in stock",
            "Consider yourself invited to the launch party!",
            "Nobody made you a coffee? We'll fix that at the pop-up 😄",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn blame_grammar_refusals_patience_and_condescension() {
        for t in [
            "On ne répondra plus à ce genre de message.",
            "nous ne vous répondrons plus.",
            "Ça suffit maintenant avec vos réclamations",
            "On a autre chose à faire que de vous répondre",
            "on n'a pas que ça à faire",
            "on a pas que ça à faire",
            "c trop vous demander ?",
            "dont contact us again",
            "thanks 4 nothing",
            "Vous croyez qu'on n'a que ça à faire ?",
            "Ce n'est quand même pas compliqué à comprendre.",
            "C'est écrit en gros, il suffit de savoir lire.",
            "Un colis à l'heure, c'est trop vous demander ?",
            "C'est quoi votre problème ?",
            "We won't be answering any more of these messages.",
            "I'm not going to reply to you again",
            "enough with the complaints already",
            "we have better things to do than answer this",
            "We don't have all day.",
            "Honestly, it's not rocket science.",
            "How hard can it be to send the right size?",
            "Is it really that hard to reply to an email?",
            "is it too much to ask",
            "Can't you read?",
            "What is wrong with you people?",
            "what's your problem?",
            "Are you doing this on purpose?",
            "Do you even know what you're doing?",
            "You people never answer anything",
            "A trained monkey could do your job",
            "Mon fils de dix ans ferait mieux que votre service client.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Nous ne répondrons pas aux messages pendant le pont de mai.",
            "Nous ne répondrons plus aux messages après 19 h.",
            "Ça suffit pour aujourd'hui, à demain !",
            "On a mieux à faire ce week-end : venir au pop-up !",
            "C'est vraiment pas compliqué à utiliser, je recommande !",
            "Je sais que c'est beaucoup demander, mais une facture en anglais ?",
            "We will no longer reply to messages on Sundays.",
            "Enough of the rain, the summer drop is here!",
            "We've got better things to do this weekend than stay in: come to the beach!",
            "It's not rocket science: apply twice a day.",
            "How hard is it to learn to surf? Watch the vlog.",
            "Would it be too much to ask for gift wrap? 😊",
            "Can you read the serial number on the box for me?",
            "What's wrong with your order? Tell us and we'll fix it.",
            "What's your problem with the app? Send a screenshot.",
            "Do you even ship to Norway?",
            "You people are amazing, thank you!",
            "A toddler could assemble this shelf in ten minutes.",
            "Même mon fils de six ans a réussi à monter l'étagère !",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn blame_grammar_dismissals_sarcasm_and_ultimatums() {
        for t in [
            "Merci pour rien.",
            "Thanks for nothing, I'll sort it with my bank.",
            "cheers for the useless reply",
            "Allez vous plaindre ailleurs.",
            "Ne nous recontactez plus.",
            "Arrêtez de nous écrire pour ça",
            "Fichez-nous la paix",
            "Go complain somewhere else.",
            "Take your business elsewhere",
            "Stop emailing us about it.",
            "Don't contact us again.",
            "Honestly, sort it out with the courier yourself.",
            "Figure it out yourselves, we only sell boards.",
            "Leave us alone.",
            "Vous avez jusqu'à lundi pour me rembourser, après j'appelle mon avocat.",
            "Remboursez-moi avant vendredi, sinon je porte plainte.",
            "You have until Friday to refund me.",
            "Refund me by Friday or I'm going straight to the press.",
            "C'est pas notre problème.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Pour rien au monde je ne changerais de crème, merci pour tout !",
            "Thanks for the automated reply, I have my ticket number.",
            "Thanks for nothing? No, thanks for everything!",
            "Thanks for nothing on my list of worries, all sorted!",
            "Allez jeter un œil à la nouvelle collection !",
            "N'hésitez pas à nous recontacter si besoin.",
            "Go away for the weekend with our travel kit!",
            "Don't worry, we'll get over it together 💪",
            "You can sort it out yourself in the app: Orders > Return.",
            "Vous avez jusqu'à lundi pour nous renvoyer l'article.",
            "Vous avez jusqu'à dimanche pour participer au concours.",
            "You have until Sunday to enter the giveaway.",
            "Please refund me by Friday if possible, I need it for rent.",
            "Please settle the invoice by Friday or we will suspend deliveries.",
            "Merci de me rembourser avant vendredi, sinon je serai à découvert.",
            "Send it by Friday or we'll miss the print deadline.",
            "Ce n'est pas notre problème principal cette semaine.",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn blame_grammar_hand_holding_self_blame_patience_and_indifference() {
        for t in [
            "Vous n'aviez qu'à lire la description.",
            "On ne va pas vous tenir la main.",
            "We're not going to hold your hand.",
            "That's not our concern.",
            "You're wasting everyone's time.",
            "Read it again, slowly this time.",
            "Relisez, lentement cette fois.",
            "C'est la dernière fois qu'on vous le dit.",
            "This is the last time I'm telling you.",
            "Be patient like everyone else.",
            "Attendez votre tour comme tout le monde.",
            "Nobody cares about your opinion.",
            "On s'en fiche de votre avis.",
            "Don't expect a reply.",
            "N'attendez pas de réponse.",
            "You're lucky we even replied.",
            "Vous avez de la chance qu'on vous réponde.",
            "Ask someone who cares.",
            "Get a grip.",
            "You only have yourself to blame.",
            "Vous ne pouvez vous en prendre qu'à vous-même.",
            "Try using your brain next time.",
            "Utilisez votre cerveau.",
            "Réfléchissez un peu avant d'écrire.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Our stylists will hold your hand through every step 💛",
            "Our business hours are 9 to 6.",
            "Read the care label carefully, it matters!",
            "This is the last time we tell you about the sale: it ends tonight!",
            "Nobody cares about your age here, all skin types welcome.",
            "Don't expect a reply before Monday, our team is off for the holiday.",
            "You're lucky we had one left in your size!",
            "Be glad we're open on Sunday? Yes, from 10 to 6!",
            "Use your head massage tool twice a week.",
            "Grow up with us: 10 years of the brand!",
            "Vous n'aviez qu'à nous le dire, on l'aurait changé avec plaisir 😊",
            "Vous avez de la chance, c'est le dernier en stock !",
            "C'est la dernière fois que nous vous écrivons au sujet de ce jeu concours : tirage demain !",
            "Réfléchissez un peu à votre routine du soir : démaquillage, sérum, crème.",
            "Utilisez votre bon sens pour doser : une noisette suffit.",
            "N'attendez pas de réponse immédiate le week-end, on revient lundi.",
            "Relisez-le attentivement cette fois-ci avant de signer le contrat.",
            "On s'en fiche de la pluie, le pop-up est couvert !",
            "Get a grip on your budget with our payment in three instalments.",
            "Wait like everyone else? No, VIPs get early access 😉",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn blame_grammar_reproach() {
        for t in [
            "Vous êtes censés être des professionnels, non ?",
            "You're supposed to be professionals.",
            "Is this how you treat your customers?",
            "C'est comme ça que vous traitez vos clients ?",
            "Shame on you.",
            "Honte à vous.",
            "You should be ashamed of yourselves.",
            "Vous devriez avoir honte.",
            "Who hired you people?",
            "What planet are you on?",
            "Vous vivez sur quelle planète ?",
            "It's always the same excuse with you.",
            "C'est toujours la même excuse avec vous.",
            "Don't bother replying.",
            "Ne prenez pas la peine de répondre.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Is this how you recommend washing the wool jumper?",
            "Shame on the rain for cancelling our pop-up 😅",
            "Don't bother printing the label, we'll send a QR code.",
            "Don't bother replying to this automated email.",
            "Ne prenez pas la peine d'imprimer l'étiquette.",
            "C'est comme ça que vous préférez la livraison ? En point relais ?",
            "Who hired you for the campaign? The shots are stunning!",
            "La planète vous dit merci pour le vrac 🌍",
            "Pas de honte à demander de l'aide, on est là pour ça.",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn the_blame_gate_lets_through_every_family_that_matches() {
        let fam: [(&LazyLock<Regex>, u8); 4] = [
            (&BLAME, 1),
            (&OPENER, 2),
            (&ULTIMATUM, 4),
            (&INCOMPETENCE, 8),
        ];
        for t in [
            "Vous auriez dû vous renseigner avant d'acheter.",
            "Estime-toi heureuse qu'on t'ait répondu",
            "personne ne t'a obligé à acheter",
            "On ne répondra plus à ce genre de message.",
            "Un colis à l'heure, c'est trop vous demander ?",
            "Mon fils de dix ans ferait mieux que votre service client.",
            "Ne nous recontactez plus.",
            "C'est pas notre problème.",
            "You're not our only customer.",
            "count yourself lucky we answered at all",
            "I'm not going to reply to you again",
            "Can't you read?",
            "A trained monkey could do your job",
            "my dog can do your job",
            "cheers for the useless reply",
            "Don't contact us again.",
            "Honestly, sort it out with the courier yourself.",
            "Réglez ça vous-même.",
            "Leave us alone.",
            "Vous avez jusqu'à lundi pour me rembourser, après j'appelle mon avocat.",
            "Remboursez-moi avant vendredi ou j'appelle mon avocat.",
            "Refund me by Friday or I'm going straight to the press.",
            "Vous n'êtes même pas fichus de livrer un colis.",
            "you can't even answer an email",
            "Vous n'aviez qu'à lire la description.",
            "On s'en fiche de votre avis.",
            "Vous avez de la chance qu'on vous réponde.",
            "You only have yourself to blame.",
            "Try using your brain next time.",
            "Réfléchissez un peu avant d'écrire.",
            "Get a grip.",
            "Don't expect a reply.",
            "Shame on you.",
            "Vous devriez avoir honte.",
            "Who hired you people?",
            "Ne prenez pas la peine de répondre.",
        ] {
            let f = Folded::build(t);
            let families = Gate::new(&f.text).blame;
            let mut any = false;
            for (re, bit) in fam {
                if re.is_match(&f.text) {
                    any = true;
                    assert!(
                        families & bit != 0,
                        "{t}: family {bit} matches, gate {families:b}"
                    );
                }
            }
            assert!(any, "{t}");
        }
    }

    /// What `detect` finds on `t` after the abuse detector found an insult at `insult`.
    fn aggressive_after_insult(t: &str, insult: &str) -> Vec<String> {
        let at = t.find(insult).unwrap_or(0);
        let mut h = vec![Hit::new(Kind::Insult, at, at + insult.len())];
        let f = Folded::build(t);
        detect(t, &f, Gate::new(&f.text), &mut h);
        h.iter()
            .filter(|h| h.kind == Kind::Aggressive)
            .map(|h| t[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn a_lead_in_to_a_vocative_insult_and_incompetence_beside_an_insult_are_the_insult() {
        for (t, insult) in [
            ("Thanks for nothing, knobhead.", "knobhead"),
            ("Allez, bouge-toi un peu, gogol !", "gogol"),
            (
                "Bande de guignols, vous êtes même pas foutus de livrer un colis.",
                "guignols",
            ),
            (
                "nobody cares about your opinion you absolute gobshite",
                "you absolute gobshite",
            ),
        ] {
            assert!(aggressive_after_insult(t, insult).is_empty(), "{t}");
        }
        for (t, insult) in [
            ("Thanks for nothing, knobhead, and the refund?", "knobhead"),
            ("Nobody forced you to order, muppet.", "muppet"),
            (
                "Idiot. Vous n'êtes même pas capables de répondre à un mail.",
                "Idiot",
            ),
        ] {
            assert!(!aggressive_after_insult(t, insult).is_empty(), "{t}");
        }
        assert!(is_aggressive(
            "Vous n'êtes même pas fichus de livrer un colis."
        ));
        assert!(is_aggressive("you can't even answer an email"));
        assert!(!is_aggressive("You can't even tell it's a refill!"));
        assert!(!is_aggressive("Vous êtes capables de livrer en 24 h ?"));
        // Shouted, the clause is the shouting's.
        assert!(is_aggressive("C'est la dernière fois que je le dis."));
        assert!(!is_aggressive("C'EST LA DERNIÈRE FOIS que je le dis."));
    }

    #[test]
    fn formal_summons_mockery_and_taken_for_children_round15() {
        for t in [
            "Je vous somme de rétablir mon commentaire dans l'heure",
            "I demand that you reinstate my comment immediately",
            "j'exige que vous me remboursiez aujourd'hui",
            "Vous vous foutez de la gueule du monde, franchement.",
            "tu te fous de ma gueule ?",
            "Vous nous prenez pour des enfants ou bien ?",
            "je ferai tout pour couler votre boîte",
            "I'll make sure to ruin your reputation",
        ] {
            assert!(is_aggressive(t), "{t}");
        }
        for t in [
            "nous sommes de retour samedi",
            "I demand a lot from myself every day",
            "Nous exigeons de nos fournisseurs le respect des normes",
            "je me fous de la pluie, je viens au pop-up",
            "on prend des photos pour des enfants de l'association",
            "on va couler le bronze pour la nouvelle collection",
            "la pluie va ruiner ta coiffure 😂",
        ] {
            assert!(!is_aggressive(t), "{t}");
        }
    }

    #[test]
    fn shouting_runs_not_acronyms() {
        assert_eq!(
            found("WHERE IS MY ORDER, I've been"),
            [(Kind::Shouting, "WHERE IS MY ORDER".into())]
        );
        assert_eq!(
            found("ÇA FAIT TROIS SEMAINES")[0].1,
            "ÇA FAIT TROIS SEMAINES"
        );
        assert!(found("envoi via DHL EXPRESS, le suivi").is_empty());
        assert!(found("voir SAV CGV TVA").is_empty());
        assert!(found("-----BEGIN RSA PRIVATE KEY-----").is_empty());
    }

    #[test]
    fn or_else_clauses_by_hand_agree_with_the_regex() {
        for t in [
            "pay now or else.",
            "Fix it, today or  else !",
            "and this is a very long clause that goes on for more than fifty chars or else",
            "x or else? then more or else.",
            "do_it or else.",
            "or else.",
            "pay or elsewhere.",
            "pay or else by card",
            "pay\tor\telse",
            "é pay or else!",
        ] {
            let mut by_hand = Vec::new();
            or_else_clauses(t, |s, e| by_hand.push((s, e)));
            let by_regex: Vec<(usize, usize)> = OR_ELSE
                .find_iter(t)
                .map(|m| {
                    (
                        m.start(),
                        m.start() + m.as_str().trim_end_matches(crate::abuse::CLAUSE_END).len(),
                    )
                })
                .collect();
            assert_eq!(by_hand, by_regex, "{t:?}");
        }
        let mut n = 0;
        or_else_clauses("pay now or else.", |_, _| n += 1);
        assert_eq!(n, 1);
    }

    proptest::proptest! {
        #[test]
        fn caps_gate_is_the_char_test(t in "[aAéÉßΣσ ‼’!?.]{0,16}") {
            let chars = t.chars().zip(t.chars().skip(1)).any(|(a, b)| a.is_uppercase() && b.is_uppercase());
            proptest::prop_assert_eq!(has_caps_run(&t), chars);
        }

        #[test]
        fn bursts_need_a_mark(t in "[a !?‼⁉’….]{0,30}") {
            let mut all = Vec::new();
            bursts(&t, &mut all);
            let mut gated = Vec::new();
            detect(&t, &Folded::build(&t), Gate::default(), &mut gated);
            gated.retain(|h| h.kind == Kind::Punctuation);
            proptest::prop_assert_eq!(gated, all);
        }

        #[test]
        fn or_else_clauses_are_the_regex(
            t in "(pay|now|or|else|do it|x|'| |\t|\\.|!|,|9|é|_){0,24}",
        ) {
            let mut by_hand = Vec::new();
            or_else_clauses(&t, |s, e| by_hand.push((s, e)));
            let by_regex: Vec<(usize, usize)> = OR_ELSE
                .find_iter(&t)
                .map(|m| (m.start(), m.start() + m.as_str().trim_end_matches(crate::abuse::CLAUSE_END).len()))
                .collect();
            proptest::prop_assert_eq!(by_hand, by_regex);
        }

        #[test]
        fn bursts_are_the_char_walk(t in "[a !?‼⁉’…€.]{0,30}") {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            bursts(&t, &mut fast);
            bursts_chars(&t, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }

        #[test]
        fn bursts_match_the_regex(t in "[a !?‼⁉.]{0,30}") {
            let mut fast = Vec::new();
            bursts(&t, &mut fast);
            let slow: Vec<Hit> = BURST
                .find_iter(&t)
                .map(|m| Hit::new(Kind::Punctuation, m.start(), m.end()))
                .collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn punctuation_bursts() {
        assert_eq!(found("abonnés !!!!!!!! 🎉")[0].1, "!!!!!!!!");
        assert_eq!(found("Still no answer?!?")[0].1, "?!?");
        assert!(found("Trop bien !!").is_empty());
        assert!(found("Vraiment ?!").is_empty());
    }

    #[test]
    fn unasked_opinions_doubt_of_the_job_and_sms_elision() {
        for t in [
            "Nobody asked for your opinion, just fix my order.",
            "be so fr rn, do u even work here",
            "Personne ne vous a demandé votre avis",
            "arrête de m'prendre pour un teubé, j'ai la preuve du colis",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Nobody asked for a refund, they wanted an exchange",
            "Do you actually work on weekends? asking for the pop-up",
            "On a demandé votre avis aux abonnés",
            "je vais prendre un teubé… non je rigole, un thé",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn aggressive_dismissal_commands() {
        for t in [
            "Shut up and do your job",
            "Ferme-la et fais ton boulot",
            "Nobody asked for your opinion, mind your own business",
            "tais-toi et bosse",
        ] {
            assert!(is_aggressive(t), "{t}");
        }
        for t in [
            "Ferme la porte du local en partant",
            "On a visité la ferme bio du fournisseur",
            "my parcels always get lost with this courier",
            "shut up, loser",
        ] {
            assert!(!is_aggressive(t), "{t}");
        }
    }

    #[test]
    fn aggressive_brush_offs_and_orders() {
        for t in [
            "Occupez-vous de vos affaires, merci",
            "mêle-toi de tes oignons",
            "Mêlez-vous de ce qui vous regarde",
            "ça ne te regarde pas",
            "c'est pas tes oignons",
            "Bouge-toi le cul, ça fait une semaine",
            "remuez-vous le derrière un peu",
            "sortez-vous les doigts, le colis est perdu",
            "faites votre putain de boulot",
            "do your fucking job",
            "that's none of your business",
            "move your ass, the client is waiting",
            "get off your butt and answer",
            "Stop emailing me.",
            "Merci de ne plus nous relancer, le dossier est clos.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Je m'occupe de vos affaires pendant les vacances",
            "On s'occupe de tout, vous n'avez rien à faire",
            "Regarde la story de Léa, elle est top",
            "Ça ne vous coûte rien de tester",
            "Le cul-de-sac derrière la boutique est fermé",
            "Faites votre travail de veille avant lundi",
            "Merci de faire votre travail avec autant de soin",
            "Do your job interview prep before Monday",
            "a small business account is enough",
            "We asked for your feedback last week",
            "Thanks for doing your job so well",
            // Unsubscribing, or asking nicely, brushes no one off.
            "Merci de ne plus me relancer par SMS, je résilie mon abonnement.",
            "Can you stop emailing me about reviews? I already left one.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        // Shouting and a burst, but a bare "do your job" is not labeled aggressive (dev set).
        assert!(!is_aggressive("DO YOUR JOB?!!"));
    }

    #[test]
    fn aggressive_blame_and_defiance() {
        for t in [
            "this is all your fault, you ruined the whole launch",
            "It's your own fault if the order is late",
            "you've wrecked everything we planned",
            "Tout est de votre faute, vous avez tout gâché",
            "c'est entièrement de ta faute si le live a planté",
            "It's completely your fault",
            "t'as tout foiré avec ce post",
            "Vous vous foutez de nous ou quoi",
            "tu te fous de ma gueule ?",
            "Vous vous moquez du monde avec ces délais",
            "don't you dare ignore me again",
            "How dare you answer like that",
            "Nobody asked for your opinion, get lost",
            "Get lost.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "It's not your fault, the courier lost it",
            "Sorry, this is all our fault",
            "Ce n'est pas entièrement de votre faute, le transporteur a du retard",
            "The rain ruined the outdoor shoot",
            "Don't you dare miss the drop on Friday!",
            "Il y avait du monde au salon, top",
            "Vous vous moquez de moi, c'est trop beau",
            "my parcels always get lost with this courier",
            "Did it get lost in transit?",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn curt_dismissals_and_incompetence_but_not_advice() {
        for t in [
            "Nous avons traité votre demande, merci de ne plus nous relancer.",
            "Veuillez ne plus nous contacter à ce sujet.",
            "C'est pas mon problème si le colis est perdu.",
            "Lisez les messages avant de répondre, ça vous évitera des erreurs.",
            "Vous êtes incapables de livrer un colis à l'heure.",
            "You're completely incapable of answering a simple question.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            // A brand's advice and notices.
            "Lisez les instructions avant utilisation.",
            "Lisez le message épinglé pour les horaires.",
            "Lisez la FAQ avant de nous écrire, la réponse y est souvent.",
            "Merci de ne plus utiliser l'ancien lien.",
            "Si vous ne souhaitez plus que nous vous contactions, répondez STOP.",
            // Not the reader's competence, nor a dismissal.
            "Nous sommes incapables de vous répondre avant lundi, désolés.",
            "Ce n'est pas notre problème principal aujourd'hui, la priorité reste la livraison.",
            "If you are unable to attend, let us know.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn closing_the_subject_and_condescension_but_not_service() {
        for t in [
            "On ne va pas refaire le débat, la décision est prise.",
            "C'est non, un point c'est tout.",
            "Vous pensez vraiment qu'on va vous rembourser pour ça ?",
            "Je ne vois pas ce qu'il y a de compliqué à comprendre.",
            "Faites un effort de lecture, tout est sur le site.",
            "Vous n'êtes jamais contents de toute façon.",
            "Tu ne sais même pas de quoi tu parles.",
            "We've been over this.",
            "Not sure what part of \"final sale\" you didn't get.",
            "Maybe read the email we sent before complaining again.",
            "We're not here to babysit you.",
            "You clearly have no idea what you're talking about.",
            "Some customers really need everything spelled out for them.",
            "Do your homework before messaging us.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Le débat sur la nouvelle formule est ouvert en commentaires !",
            "On va relancer le débat en live jeudi, venez nombreux.",
            "Appuyez deux fois, c'est comme ça que ça marche.",
            "Vous pensez vraiment que la teinte 04 m'irait ? J'hésite.",
            "On a fait un vrai effort de présentation cette année.",
            "Je ne vois pas ce qu'il y a de marqué sur l'étiquette, tu peux zoomer ?",
            "We've been through this together, thanks for sticking with us.",
            "Check the size guide before ordering, it runs small.",
            "We're here to help you with anything you need.",
            "I had no idea what I was doing at first either!",
            "Our baby-sitting kit is back in stock.",
            "Do your research before buying sunscreen: SPF matters.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn told_already_and_no_use_asking_but_not_follow_ups() {
        for t in [
            "On vous l'a déjà dit trois fois.",
            "Inutile de nous relancer, la réponse ne changera pas.",
            "Ça ne sert à rien de nous réécrire tous les jours.",
            "C'est la dernière fois qu'on vous répond.",
            "Vous n'obtiendrez rien de plus.",
            "On ne vous doit rien.",
            "Calmez-vous et relisez ce qu'on vous a envoyé.",
            "We won't be responding to further messages on this.",
            "We told you this already, twice.",
            "Asking again won't change the answer.",
            "There's nothing more to discuss.",
            "Stop acting like we owe you something.",
            "We've wasted enough time on your case.",
            "You got what you paid for.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Nous vous avons déjà répondu par e-mail, pensez à vérifier vos spams.",
            "N'hésitez pas à nous relancer si vous n'avez rien reçu lundi.",
            "Ça ne sert à rien de nous écrire le week-end, on lit tout lundi matin.",
            "Inutile de nous renvoyer le colis, on vous rembourse directement.",
            "C'est la dernière fois qu'on vous propose cette teinte, elle quitte la gamme.",
            "Vous obtiendrez un code promo après votre commande.",
            "We told you we'd be back: the restock is live!",
            "Changing your size won't change the price.",
            "There's nothing more to do on your side, the refund is on its way.",
            "We owe you an apology for the delay.",
            "Great value, you get what you pay for.",
            "Calm down and carry on, the sale lasts all week!",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        // The dev set labels the shouted demand alone, not this lead-in.
        assert!(!is_aggressive("I said it already: WHERE IS MY ORDER"));
    }

    #[test]
    fn blame_turned_on_the_reader_but_not_support() {
        for t in [
            "Le produit n'est pas défectueux, c'est vous qui l'utilisez mal.",
            "Nous ne sommes pas responsables de vos erreurs.",
            "Ce n'est pas notre faute si vous n'avez pas lu la fiche.",
            "Prenez-vous-en à vous-même.",
            "Si vous aviez suivi nos conseils, on n'en serait pas là.",
            "Ce n'est pas la peine de vous énerver, ça ne changera rien.",
            "Vous cherchez vraiment la petite bête.",
            "Votre avis, on s'en passera.",
            "Vous pourriez faire un effort pour comprendre.",
            "The product isn't broken, you're using it wrong.",
            "We're not responsible for your mistakes.",
            "Not our fault you didn't check the size chart.",
            "We can't help people who won't help themselves.",
            "You're really making a mountain out of a molehill.",
            "We expected better from a so-called loyal customer.",
            "Don't tell us how to run our business.",
            "You're wasting a lot of people's time here.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "C'est vous qui choisissez la teinte, on s'occupe du reste.",
            "Nous sommes responsables de la livraison jusqu'à votre porte.",
            "Ce n'est pas de votre faute si le colis est abîmé, on s'en occupe.",
            "Pas la peine de renvoyer l'article, on vous rembourse.",
            "Notre raclette au fromage arrive en boutique !",
            "On a fait un effort sur les emballages cette année.",
            "Something went wrong with the payment, could you try again?",
            "It's not your fault, the courier lost it.",
            "We're responsible for returns shipping costs.",
            "Here's how to run the update on your device.",
            "Sorry for wasting your time with the wrong size.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn contempt_for_a_creators_work_and_worth_but_not_praise_or_business() {
        aggressive_and_clean(
            &[
                "Tu te prends pour qui avec tes 2 000 abonnés ?",
                "Ton contenu est nul, on ne te paiera pas un centime.",
                "Avec ton audience, tu devrais être content qu'on te réponde.",
                "Les influenceurs comme toi, on en trouve à la pelle.",
                "Tu crois vraiment valoir 500 € la story ?",
                "Reviens nous voir quand tu auras une vraie communauté.",
                "Franchement, ta vidéo était d'une nullité rare.",
                "Ta proposition est ridicule, ne nous recontacte pas.",
                "On t'a fait une faveur en t'envoyant ce colis.",
                "Tes stats sont gonflées, tout le monde le voit.",
                "Who do you think you are with your 2,000 followers?",
                "Your content is trash, we won't pay you a cent.",
                "With your reach you should be grateful we answered.",
                "Influencers like you are a dime a dozen.",
                "Do you really think you're worth $500 a story?",
                "Come back when you have a real audience.",
                "Honestly, your video was embarrassingly bad.",
                "Your offer is laughable, don't contact us again.",
                "We did you a favour sending that parcel.",
                "Your stats are fake and everybody can tell.",
            ],
            &[
                "On sait, le premier packaging était un peu nul, on l'a revu depuis 🙏",
                "C'est nul que le colis soit arrivé abîmé, on vous en renvoie un tout de suite.",
                "Le produit n'est pas nul du tout, il faut juste le laisser poser 10 minutes 😉",
                "Ton contenu est top, on adore la lumière de la dernière vidéo !",
                "Vos stats sont excellentes ce mois-ci, bravo 👏",
                "Nous ne vous paierons pas avant réception de la facture, merci de l'envoyer.",
                "Revenez nous voir quand vous aurez testé le sérum !",
                "Tu devrais être contente du résultat, la teinte te va super bien.",
                "Des créateurs comme toi, on en cherche pour notre programme ambassadeur !",
                "Your content is amazing, we'd love to collaborate.",
                "Your photos were stunning, can we repost them?",
                "We won't pay you until the invoice is approved, sorry for the wait.",
                "Come back when you've tried the serum and tell us!",
                "Do us a favour and tag us in the story 😊",
                "Is the fake fur coat back in stock?",
                "Our joke of the day: why did the candle quit? It was burned out.",
                "Your stats look great this month!",
                "Fake reviews are against our policy; report them here.",
                "Ton devis est validé, on lance la production.",
                "Tes photos sont magnifiques, on peut les reposter ?",
            ],
        );
    }

    #[test]
    fn curt_condescension_but_not_cheer_or_teasers() {
        aggressive_and_clean(
            &[
                "On ne va pas vous faire un dessin.",
                "Faut vous le dire en quelle langue ?",
                "Il faut tout vous mâcher, c'est dingue.",
                "Vous avez vraiment cru que ça marcherait ?",
                "Et vous êtes fier de vous ?",
                "Non mais allô, quoi.",
                "Do we need to draw you a picture?",
                "What language do I need to say it in?",
                "Do we have to spell everything out for you?",
                "Did you really think that would work?",
                "Proud of yourself?",
            ],
            &[
                "On vous fait un dessin personnalisé sur chaque colis !",
                "Soyez fiers de vous, vous avez atteint votre objectif !",
                "Vous êtes contente de votre commande ? Laissez-nous un avis 😊",
                "Vous avez vraiment cru que c'était fini ? La promo continue !",
                "You should be proud of yourself!",
                "We'll draw you a map to our pop-up store.",
                "What language would you like your invoice in?",
                "Did you really think we'd forget your birthday? Here's 10 % off!",
                "This serum will work wonders on dry skin.",
            ],
        );
    }

    #[test]
    fn firm_to_the_point_of_contempt_but_not_reminders_or_offers() {
        aggressive_and_clean(
            &[
                "Comme déjà précisé à trois reprises, la réponse reste non.",
                "Nous ne reviendrons pas sur ce point, inutile d'y revenir.",
                "Votre insistance ne changera rien à notre décision.",
                "Si lire une fiche produit est trop compliqué pour vous, on n'y peut rien.",
                "Il va falloir apprendre à être patient.",
                "Ce n'est pas en criant plus fort que vous aurez raison.",
                "Vous êtes prié de garder vos remarques pour vous.",
                "Avec tout le respect que je vous dois, vous racontez n'importe quoi.",
                "Vous pouvez toujours essayer, la réponse sera la même.",
                "As previously stated three times, the answer is still no.",
                "We will not revisit this, so please stop bringing it up.",
                "Your persistence won't change our decision.",
                "If reading a product page is too hard for you, there's nothing we can do.",
                "You'll have to learn some patience.",
                "Shouting louder won't make you right.",
                "With all due respect, you're talking nonsense.",
                "You can keep trying, the answer will be the same.",
                "Kindly keep your remarks to yourself.",
            ],
            &[
                "Comme précisé dans la fiche produit, la crème se conserve 12 mois.",
                "Comme indiqué plus haut, la livraison est offerte dès 50 €.",
                "Comme déjà dit au téléphone, le remboursement part aujourd'hui.",
                "Inutile de revenir en boutique : le retour se fait en ligne.",
                "Votre insistance a payé : le modèle revient en stock !",
                "Si lire la notice vous semble long, voici une vidéo de 2 minutes.",
                "Il faudra être patient, la précommande arrive en mars.",
                "Ce n'est pas en criant qu'on se fait entendre : notre podcast sur la communication.",
                "Les rumeurs racontent n'importe quoi sur notre composition : voici la liste INCI.",
                "La réponse est oui, et la livraison est offerte !",
                "Vous pouvez toujours essayer en magasin, la cabine est gratuite.",
                "As stated on the product page, the serum lasts 12 months.",
                "As previously mentioned, shipping is free over 50 €.",
                "Your persistence paid off: the model is back in stock!",
                "If reading the manual feels long, here's a 2-minute video.",
                "You'll need a little patience: preorders ship in March.",
                "Shouting louder won't help your throat: try our honey lozenges.",
                "The answer is still yes: you can return it within 30 days.",
                "You can keep trying shades until you find the one you love.",
                "Keep your receipt to yourself, never share it.",
            ],
        );
    }

    #[test]
    fn the_reader_as_a_nuisance_and_sarcasm_on_their_time_but_not_offers() {
        aggressive_and_clean(
            &[
                "Franchement, vous êtes pénible avec vos réclamations à répétition.",
                "Vous comprenez rien à ce qu'on vous explique, c'est fatigant.",
                "Si vous n'êtes pas content, allez acheter ailleurs.",
                "Apprenez à lire avant de nous accuser de quoi que ce soit.",
                "C'est quoi votre problème au juste ?",
                "Vous croyez vraiment qu'on a que ça à faire ?",
                "Arrêtez de pleurnicher pour un colis en retard.",
                "Vous nous prenez pour des idiots ou quoi ?",
                "On en a marre de vos messages, sérieusement.",
                "Personne ne vous a forcé à commander chez nous.",
                "Vous êtes le seul client à vous plaindre, posez-vous des questions.",
                "Occupez-vous de vos affaires et laissez notre marque tranquille.",
                "Votre avis, on s'en fiche complètement.",
                "Calmez-vous et relisez votre message avant d'envoyer n'importe quoi.",
                "Vous n'avez visiblement pas lu la notice, comme d'habitude.",
                "You clearly have no idea what you're talking about.",
                "Nobody forced you to buy from us, so stop whining.",
                "Learn to read before accusing us of anything.",
                "What is wrong with you people?",
                "Honestly, your complaints are getting tiresome.",
                "If you don't like it, shop somewhere else.",
                "Do you think we have nothing better to do?",
                "Quit crying over a late parcel.",
                "Your opinion doesn't matter to us at all.",
                "Calm down and reread your message before sending nonsense.",
                "You're the only customer complaining, maybe look in the mirror.",
                "Mind your own business and leave our brand alone.",
                "Stop wasting everyone's time with this drama.",
                "Seriously, grow up.",
                "You obviously didn't read the instructions, as usual.",
                "Vous êtes vraiment insupportable avec vos relances quotidiennes.",
                "On en a ras-le-bol de vos menaces de mauvais avis.",
                "Franchement, vous ne comprenez rien à rien.",
                "Vos plaintes commencent à devenir franchement lassantes.",
                "Votre opinion ne nous intéresse pas du tout.",
                "Vous n'avez même pas ouvert le colis avant de râler.",
                "Tu es la seule à te plaindre de ce produit.",
                "Cessez de geindre, la commande arrivera quand elle arrivera.",
                "Vous êtes lourd, on vous a répondu hier.",
                "Ça devient pénible de vous lire tous les jours.",
                "You're honestly exhausting to deal with.",
                "We're fed up with you people and your demands.",
                "Your emails are getting really old.",
                "Your review doesn't matter to us.",
                "You obviously never read the description.",
                "You didn't check the size chart, as usual.",
                "You're the only customer whining about this.",
                "Quit moaning, the parcel is on its way.",
                "Seriously, you don't understand anything.",
                "We couldn't care less what you think.",
                "Encore vous ? On vous a assez vu.",
                "Vous avez vraiment du temps à perdre pour écrire des pavés pareils.",
                "Gardez vos leçons de morale pour vous.",
                "Vous vous croyez où, au service client de luxe ?",
                "Le jour où vous lirez nos messages, on pourra discuter.",
                "Vous n'avez rien de mieux à faire que de nous écrire ?",
                "Pas la peine de nous faire la morale.",
                "Vous êtes en train de nous faire un caprice, là.",
                "On ne va pas se mettre à genoux pour un avis deux étoiles.",
                "Keep your lectures to yourself.",
                "Where do you think you are, a five-star hotel?",
                "The day you read our replies, we can talk.",
                "Don't you have anything better to do than write to us?",
                "Nobody needs your moral lessons.",
                "You're throwing a tantrum over a coupon.",
                "We're not going to beg for a two-star review.",
                "Oh look, it's you again.",
            ],
            &[
                "Vous êtes fatigués après le salon ? Profitez de -20 % sur nos masques.",
                "Vous êtes très patiente, merci infiniment pour votre compréhension.",
                "Vous en avez marre des cheveux secs ? Découvrez notre sérum.",
                "On en a marre de ces retards nous aussi, le transporteur est prévenu.",
                "Vos messages sont importants pour nous, réponse sous 24 h.",
                "Votre avis compte pour nous : laissez une note sur le site !",
                "Votre avis nous intéresse, répondez à notre sondage.",
                "Vous vous posez des questions sur la taille ? Consultez notre guide.",
                "Posez-vous les bonnes questions avant de choisir votre crème : type de peau, saison, budget.",
                "Si vous ne comprenez rien à la notice, appelez-nous, on vous guide.",
                "Je comprends tout à fait votre frustration, on règle ça aujourd'hui.",
                "Vous n'avez pas reçu le mail ? Vérifiez vos spams.",
                "Comme d'habitude, les soldes commencent mercredi à 8 h.",
                "Merci encore une fois pour votre fidélité !",
                "Vous êtes la seule gagnante du concours, bravo !",
                "Arrêtez de vous priver : le gel douche est à -30 %.",
                "Rien de plus simple : vous comprenez tout en deux minutes avec notre tuto.",
                "Ce jeu est épuisant mais tellement drôle, vous allez adorer.",
                "Votre colis est lourd, prévoyez quelqu'un pour le réceptionner.",
                "You're so tired after the holidays? Treat yourself with our spa kit.",
                "Are you sick of frizzy hair? Try our new serum.",
                "We're tired of waiting for the courier too, sorry about that.",
                "Your feedback matters to us, please leave a review.",
                "Your size doesn't matter, we stock XS to 4XL.",
                "We care what you think! Tell us in the survey.",
                "Try it on and look in the mirror: the cut is really flattering.",
                "If you didn't receive the code, we can send it again.",
                "As usual, the sale starts on Wednesday at 8am.",
                "You're the only one who guessed the right answer, congrats!",
                "Honestly, you don't need anything else with this kit.",
                "If you don't understand anything in the manual, just call us.",
                "The new puzzle is exhausting but fun.",
                "Apparently the parcel was delivered to the locker, can you check?",
                "Obviously you can return it within 30 days.",
                "We understand your frustration and we're on it.",
                "It's getting old: our best-seller from 2019 is back in stock!",
                "Our prices are getting absurd... absurdly low this weekend!",
                "Your complaints help us improve, thank you for taking the time.",
                "Quit smoking kits are back in stock.",
                "Vous avez du temps à perdre ? Jouez à notre quiz de Noël !",
                "Gardez vos tickets de caisse pour le SAV.",
                "Gardez vos codes promo pour vous, ils sont personnels.",
                "Le jour où vous recevrez votre colis, pensez à vérifier le contenu.",
                "Le jour où vous lirez ce message, la promo sera finie 😉",
                "Ne vous mettez pas à genoux pour nettoyer : notre balai fait tout.",
                "Notre chef pâtissier fait un caprice : il veut du chocolat partout !",
                "Vous faites une crise de foie après les fêtes ? Notre tisane détox aide.",
                "On vous a vu au salon, merci pour la visite !",
                "Vous vous croyez doué en cuisine ? Participez à notre concours.",
                "Keep your receipt to yourself until the return is processed.",
                "Keep your password to yourself, never share it.",
                "Where do you think you'll wear it? Tell us in the comments!",
                "The day you receive the parcel, please check its contents.",
                "Is your toddler throwing a tantrum? Our calm kit can help.",
                "It's you again who won the monthly draw, congratulations!",
                "Don't you love it when the sale starts early?",
                "We won't beg you to stay, but we'd love to keep you: here's 10 %.",
                "Nobody needs a lecture on skincare, just good products.",
                "Have you got anything to add before we ship it?",
            ],
        );
        // The phrase families leave a reproach said with an insult to that insult (rounds 9, 11
        // and 13 label it so). The clause model reads the piece after the comma on its own,
        // as the blind-written rounds 21, 23 and 26 to 29 label it: a reproach it knows is
        // hostile tone of its own.
        let guard = crate::Guard::new(&crate::GuardConfig::default()).unwrap();
        for (t, want) in [
            ("t'es un vrai niais toi, tu comprends rien", &["insult"][..]),
            (
                "Espèce de c o n n a r d, t'as même pas lu mon message",
                &["insult", "aggressive"][..],
            ),
        ] {
            let kinds: Vec<&str> = guard.scan(t).findings.iter().map(|f| f.kind).collect();
            assert_eq!(kinds, want, "{t}");
        }
    }

    #[test]
    fn wasted_time_told_n_times_and_closed_files_but_not_notices() {
        for t in [
            "Arrêtez de nous faire perdre notre temps avec vos histoires.",
            "Ça fait trois fois qu'on vous explique la même chose.",
            "On ne répondra plus à vos messages.",
            "Allez, on passe à autre chose, ce dossier est clos.",
            "Vous avez un problème de compréhension ?",
            "Vous n'avez visiblement pas compris le fonctionnement du produit.",
            "Vous exagérez complètement, comme d'habitude.",
            "Réglez vos problèmes avec votre banque, pas avec nous.",
            "We've explained this three times now.",
            "We don't have time for this nonsense.",
            "Enough is enough, we're closing this ticket.",
            "Maybe the problem is on your end, not ours.",
            "Are you even listening to what we're saying?",
            "You're being ridiculous.",
            "We will no longer respond to your messages.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "C'est la première fois qu'on vous écrit ? Bienvenue !",
            "Le ticket est fermé, la réparation est faite. Bonne journée !",
            "Le concours est clos, résultats vendredi.",
            "Merci, on a bien compris votre demande.",
            "We've restocked it three times this month, it sells out fast!",
            "We always have time for your questions.",
            "The problem is fixed on our side, sorry for the trouble.",
            "Thanks for listening to our podcast!",
            "Ridiculous prices this weekend: -50 % on everything!",
            "Impossible de se connecter ? Essayez de vider le cache.",
            "Nothing is impossible for our lab team.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn aggressive_blame_not_empathy() {
        assert_eq!(
            found("On vous a déjà répondu, inutile d'insister.")[0].0,
            Kind::Aggressive
        );
        assert_eq!(
            found("As we said before, that's your problem, not ours.")[0].0,
            Kind::Aggressive
        );
        for t in [
            "Vous n'avez qu'à lire les conditions.",
            "tu n'as qu'à relire le message",
            "C'est à prendre ou à laisser.",
            "Débrouillez-vous, ce n'est plus notre affaire.",
            "Read the FAQ before wasting our time.",
            "Take it or leave it.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Vous n'avez qu'à nous écrire, on répond vite.",
            "On fait un effort sur les prix cette semaine.",
            "Faites un effort sur la présentation des colis svp, merci !",
            "Sorry for wasting your time with the wrong size.",
            "You can take it or return it within 30 days.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        assert!(found("Je comprends votre frustration, on fait le maximum.").is_empty());
        assert!(found("Sorry for the wait, that's on us.").is_empty());
    }

    #[test]
    fn aggressive_challenges_and_exasperation() {
        let aggressive = |t: &str| {
            found(t)
                .into_iter()
                .filter(|(k, _)| *k == Kind::Aggressive)
                .map(|(_, s)| s)
                .collect::<Vec<_>>()
        };
        // The or-else clause ends before the mark; "I'm done being polite" is a clause of its own.
        assert_eq!(
            aggressive("I'm done being polite, fix it today or else."),
            ["I'm done being polite", "fix it today or else"]
        );
        for t in [
            "Vous êtes payés à rien foutre ou quoi ?",
            "t'es payé pour glander",
            "What are you even paid for?",
            "Who do you think you are, deleting my comment?",
            "Pour qui vous vous prenez ?",
            "tu te prends pour qui",
            "Don't make me repeat myself",
            "ne m'obligez pas à me répéter",
            "Vous commencez sérieusement à me gonfler",
            "tu me saoules avec tes excuses",
            "you're starting to piss me off",
        ] {
            assert!(!aggressive(t).is_empty(), "{t}: {:?}", found(t));
        }
        for t in [
            "Pay by card, or else by bank transfer",
            "pour qui est le colis de demain ?",
            "I paid for express shipping and it's late",
            "make me an offer for the bundle",
            "vous commencez à me plaire avec ces promos",
            "les pieds dans l'eau pour le shooting",
            "we're starting to get great feedback",
        ] {
            assert!(aggressive(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn aggressive_mockery_with_an_adverb_and_stop_mocking() {
        for t in [
            "Vous vous foutez vraiment de notre gueule",
            "tu te fous carrément de moi",
            "vous vous moquez franchement du monde",
            "Vous vous fichez complètement du monde",
            "Arrête de te foutre de moi, je veux mon colis",
            "cessez de vous moquer du monde",
            "démerdez-vous, moi j'ai payé",
            "Démerde-toi avec le transporteur",
            "get your act together and reply",
            "get your shit together",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Arrête de te moquer, c'était une blague 😂",
            "on ne va pas se moquer de vous",
            "Je me fous vraiment de la couleur, envoyez ce qui reste",
            "la troupe a monté son act together avec les danseurs",
            "get your tickets together with your friends",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn aggressive_taken_for_a_fool_asked_again_and_fed_up() {
        let spans = |t: &str| -> Vec<String> {
            found(t)
                .into_iter()
                .filter(|(k, _)| *k == Kind::Aggressive)
                .map(|(_, s)| s)
                .collect()
        };
        assert_eq!(
            spans("Vous nous prenez vraiment pour des pigeons avec cette promo"),
            ["Vous nous prenez vraiment pour des pigeons"]
        );
        for t in [
            "Vous me prenez pour une idiote ou quoi ?",
            "tu me prends vraiment pour un pigeon",
            "On nous prend pour des cons",
            "arrêtez de me prendre pour un imbécile",
            "Combien de fois faut-il vous le répéter ?",
            "combien de fois je dois vous le dire",
            "How many times do I have to tell you people?",
            "how many more times must we ask",
            "Bougez-vous un peu, ça fait dix jours",
            "magne-toi le train",
            "Ne me parlez pas sur ce ton",
            "j'en ai ras le bol de vos excuses bidon",
            "J'en ai vraiment marre de tes retards",
            "arrêtez vos conneries et remboursez",
            "Don't you ever ignore my messages again",
            "don't ever talk to me like that",
            "Cut the crap and refund me",
            "Do you think I'm stupid?",
            "you must take me for a fool",
            "I'm sick and tired of your excuses",
            "I've had it with your support team",
            "Vous vous moquez de vos clients.",
            "tu te moques carrément de tes clients",
            "don't waste my time with another template",
            "Stop wasting our time.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Vous me prenez pour un rendez-vous jeudi ?",
            "On me prend pour la séance photo de 14h",
            "Combien de fois par jour faut-il appliquer la crème ?",
            "How many times do I need to apply the serum?",
            "Bougez-vous avec notre nouvelle gamme sport !",
            "On prend le train de 8h pour le salon",
            "J'en ai marre de la pluie, vivement l'été",
            "I'm tired of waiting for summer, honestly",
            "Don't you ever wish the weekend lasted longer?",
            "cut the ribbon at the store opening",
            "Vous vous moquez de la météo, nos bottes sont étanches",
            "tu te moques des tendances et c'est ce qu'on aime",
            "Don't waste your time queuing: order online",
            "I'd hate to waste my time on the wrong size",
            "Do you think I'm ready for the shoot?",
            "La salade de fruits et les salades composées sont au buffet",
            "a cut the price campaign for the bundle",
            "sick of the rain, going to the beach shoot anyway",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn condescension_threats_of_patience_and_quebec_impatience() {
        for t in [
            "Do your job for once and ship my order",
            "I'm done being polite with you people",
            "T'as intérêt à me rembourser vite fait",
            "Vous avez intérêt à me répondre aujourd'hui",
            "C'est pas compliqué pourtant, même un enfant comprendrait",
            "Ce n'est pourtant pas sorcier",
            "even a child could have understood that",
            "Voulez-vous ben me répondre, ça fait trois fois que j'écris",
            "Don't make me ask a third time",
            "Don't you dare close this ticket again without answering.",
            "Are you people even capable of reading an email?",
            "Êtes-vous seulement capables de lire un mail ?",
            "Je vous préviens, ma patience a des limites.",
            "my patience has its limits, answer today",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Vous avez intérêt à commander avant dimanche, stocks limités",
            "Même un enfant peut l'utiliser, c'est le principe",
            "So simple even a child can use it",
            "C'est pas compliqué : il suffit de cliquer sur le lien",
            "Voulez-vous bien me suivre jusqu'au showroom ?",
            "For once the parcel arrived early",
            "I'm done being sick, back at work tomorrow",
            "Don't make me laugh, this teaser is too good",
            "Don't you dare miss the drop on Friday!",
            "Is the new bag even capable of holding a 15-inch laptop?",
            "Êtes-vous capables de livrer en 24 h à Lyon ?",
            "La patience a des limites, même chez les plantes : arrosez une fois par semaine.",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn shouting_runs_glued_to_a_token_or_a_capital_keep_their_middle() {
        for (t, run) in [
            (
                "JE VAIS PORTER PLAINTE La référence est en bas",
                "JE VAIS PORTER PLAINTE",
            ),
            (
                "Bearer h8Ux1ShPG7ewLPDeN0jJEWYkuHnW VOTRE SERVICE EST LAMENTABLE",
                "VOTRE SERVICE EST LAMENTABLE",
            ),
            (
                "password: 245ArtZJL3V I WANT MY MONEY BACK",
                "I WANT MY MONEY BACK",
            ),
        ] {
            let shouted: Vec<_> = found(t)
                .into_iter()
                .filter(|f| f.0 == Kind::Shouting)
                .collect();
            assert_eq!(shouted, [(Kind::Shouting, run.into())], "{t}");
        }
        for t in [
            "-----BEGIN OPENSSH PRIVATE KEY-----",
            "Réf : ABC-DEF GHI JKL",
            "id ORDER_ID ABC DE",
        ] {
            assert!(
                !found(t).iter().any(|f| f.0 == Kind::Shouting),
                "{t}: {:?}",
                found(t)
            );
        }
    }

    #[test]
    fn shouting_runs_keep_going_across_emoji() {
        assert_eq!(
            found("JE 😡 VEUX 😡 MON 😡 REMBOURSEMENT"),
            [(Kind::Shouting, "JE 😡 VEUX 😡 MON 😡 REMBOURSEMENT".into())]
        );
        assert_eq!(
            found("ok 👉 WHERE❗IS MY PARCEL"),
            [(Kind::Shouting, "WHERE❗IS MY PARCEL".into())]
        );
        for t in [
            "NEW 🔥 IN : la capsule hiver",
            "SAV 📦 UPS 📦 DHL",
            "MERCI 🙏 à tous",
        ] {
            assert!(
                !found(t).iter().any(|f| f.0 == Kind::Shouting),
                "{t}: {:?}",
                found(t)
            );
        }
    }

    #[test]
    fn aggressive_ultimatums_refusals_to_repeat_and_sarcasm_round13() {
        for t in [
            "Fix it now. I'm not asking again.",
            "I won't ask twice.",
            "Je ne vais pas me répéter : remboursez-moi.",
            "je ne le répéterai pas",
            "Last warning: refund me today.",
            "Dernier avertissement : vous me remboursez.",
            "Who the hell trained you people?",
            "à quoi vous servez ?",
            "Are you deliberately stupid or just pretending?",
            "Congratulations on being the most useless support team on the planet.",
            "Vous avez 24 heures pour me rembourser, sinon je porte plainte.",
            "You have 48 hours to refund me.",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "I'm not asking again about the invoice, Sara sent it",
            "je ne vais pas me répéter dans la newsletter, voir le brief",
            "Last chance: the giveaway ends tonight.",
            "the last warning light on the dashboard",
            "How the hell did you pull this off? Amazing",
            "à quoi sert ce bouton ?",
            "Are you really coming on Friday?",
            "Congratulations on being the most followed brand in France!",
            "Vous avez 24 heures pour participer au concours 🎁",
            "You have 24 hours to enter the giveaway",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn condescension_brush_offs_and_refusals_to_chase() {
        for t in [
            "which apparently nobody at your company reads",
            "et visiblement personne ne lit mes mails chez vous",
            "If your team had bothered to read the contract, we wouldn't be here.",
            "Who made you a mod anyway? Go touch grass.",
            "Occupe-toi de ton stream et lâche-moi la grappe.",
            "Pull your finger out and sort my refund.",
            "Pull your head in, mate.",
            "Not sure how else to explain this, but I'll try using smaller words.",
            "Je vais reformuler plus lentement, peut-être que cette fois ça rentrera.",
            "Certains parents devraient apprendre à lire les messages.",
            "I am not going to chase you again and again.",
            "Spare me the scripted apologies and just fix it.",
            "Épargnez-moi vos excuses toutes faites.",
            "gtfo of my stream with that take",
        ] {
            assert!(is_aggressive(t), "{t}: {:?}", found(t));
        }
        for t in [
            "Apparently nobody at the depot was told about the strike.",
            "Thanks to everyone who bothered to read the long post!",
            "We touched grass at the team retreat, so refreshing.",
            "Lâche-moi un commentaire sous la vidéo !",
            "Pull the finger-puppet set out of the box first.",
            "Let me explain the routine slowly in the next tutorial.",
            "Les enfants devraient apprendre à lire en CP.",
            "I'm not going to chase the courier again, they confirmed Monday.",
            "Spare me a slice of that cake!",
            "gtfo this palette is insane 😍",
        ] {
            assert!(!is_aggressive(t), "{t}: {:?}", found(t));
        }
    }

    /// A fresh batch written by someone who had not seen the rules (2026-11-29): contempt for
    /// the customers, indifference, lies, sarcasm and defiance aimed at the reader; then near
    /// misses.
    #[test]
    fn fresh_batch_contempt_indifference_and_defiance() {
        aggressive_and_clean(
            &[
                "vous vous fichez clairement de nous",
                "You clearly don't care about your customers",
                "Vous n'avez aucun respect pour vos clients.",
                "Vous mentez depuis le début.",
                "you ruin everything you touch",
                "Stop lying to us",
                "Are you even reading what I write?",
                "vous lisez vos messages oui ou non ?",
                "Vous prenez vraiment vos clients pour des vaches à lait",
                "vous volez vos clients sans aucune honte",
                "Vous avez zéro honte franchement",
                "You never answer, you never fix anything",
                "Great, you've wasted two weeks of my life",
                "You obviously don't know what you're doing",
                "vous êtes même pas foutus de me répondre",
                "Vous allez entendre parler de moi, croyez-moi.",
                "Do you think your customers are blind?",
                "Vous croyez vraiment qu'on va avaler vos excuses bidon",
                "Vous censurez tout ce qui vous dérange, bravo la transparence",
                "Vous me prenez pour qui exactement ?",
                "Tu crois que je vais laisser passer ça ?",
                "Vous vous foutez de la gueule de qui exactement",
                "soit vous me remboursez avant vendredi, soit je porte plainte",
                "Tu te crois drôle avec tes vidéos ?",
                "Can you even read, my order number is right there",
                "You closed my ticket without even opening it",
                "Answer me right now",
                "Seriously, who hired you? A toddler could handle this better",
                "you should be ashamed of employing him",
                "learn to spell before you post",
            ],
            &[
                "If you don't care about the colour, pick the cheaper one.",
                "You never need to pay for returns.",
                "Merci de répondre avant vendredi, sinon le dossier sera classé.",
                "Bravo pour la collab, la vidéo est superbe !",
                "Tu crois que la taille 38 ira ?",
                "Can you send me the invoice again?",
                "We closed the ticket after your confirmation, thanks!",
                "Who hired the photographer for the shoot? Great work.",
                "Learn how to apply the serum in our video.",
                "Vous pouvez supprimer votre compte depuis l'appli.",
            ],
        );
    }

    #[test]
    fn orders_to_leave_and_stern_repeats() {
        aggressive_and_clean(
            &[
                "Je répète pas deux fois : tu supprimes ce post tout de suite.",
                "T'as pas compris ? Tu sors du vocal et tu reviens plus.",
                "Mange donc d'la marde avec ton formulaire",
                "READ THE PINNED POST before asking the same stupid question.",
                "I won't say it twice: take it down.",
                "Get out of the server and don't come back.",
                "Remboursez-moi maintenant ou je vous fais une mauvaise pub",
            ],
            &[
                "There are no stupid questions here!",
                "Allez, on mange de la raclette ce soir",
                "I'll come back tomorrow with the receipt.",
                "Tu passes au magasin et tu reviens avec le ticket ?",
            ],
        );
    }

    #[test]
    fn sarcasm_and_blame() {
        aggressive_and_clean(
            &[
                "vous gérez ce club comme des amateurs",
                "bravo au génie qui a programmé le tournoi un jour de grève",
                "vous auriez pu prévenir, mais non, évidemment",
                "vous êtes vraiment doués pour faire fuir vos donateurs",
                "vous feriez mieux de fermer boutique",
                "ton boulot c'est de répondre, alors réponds",
                "ta modération est une blague, comme toi",
                "quel talent pour ne jamais répondre au téléphone",
                "Arrête de te cacher derrière le règlement",
                "c'est vous qui avez perdu mon dossier, pas moi",
                "merci infiniment de m'avoir fait attendre deux heures pour rien",
                "what an achievement to lose a forty-kilo parcel",
                "Congratulations, three weeks to change an inner tube, that's a record",
                "read your emails instead of whining",
                "you're the worst managers I've ever dealt with",
                "you'd be better off shutting up shop",
                "you lie to your customers without shame",
                "you're the reason everyone is leaving the club",
                "if you can't manage a rota, resign",
                "You've been taking the piss from day one",
                "you sent the wrong size, not me",
                "Stop hiding behind the rulebook",
            ],
            &[
                "Bravo à toute l'équipe qui a organisé le tournoi !",
                "Quelle belle idée de faire un concours, merci !",
                "you need to call the bank about that, not us sadly",
                "That's a record for our club, congratulations to everyone!",
                "The worst storm I've ever seen hit the coast last night.",
                "c'est vous qui avez envoyé le colis ?",
            ],
        );
    }

    #[test]
    fn reproaches_condescension_and_indifference() {
        aggressive_and_clean(
            &[
                "vous êtes jamais foutus de tenir un horaire",
                "c tjr de ta faute, tu assumes jamais rien",
                "si vous lisiez le règlement, vous ne poseriez pas la question",
                "t'as vu l'heure ? tu te réveilles enfin",
                "c'est à cause de gens comme toi que le forum part en vrille",
                "vous vous croyez tout permis avec vos prix",
                "t'as rien foutu de la saison et tu viens te plaindre",
                "c'est pas à moi de vous apprendre votre boulot",
                "vous avez fait exprès de me faire attendre",
                "vous m'avez pris pour une vache à lait",
                "y'all are seriously the worst at communicating",
                "stop hiding behind your copy-paste replies",
                "answer the question instead of dodging it",
                "you had one job",
                "who do u think u are",
                "u ppl never learn",
                "you lot don't give a toss about your members",
                "keep making excuses, that's all you're good at",
                "Read my message properly before you reply",
                "Vous avez gâché notre mariage, tout simplement",
                "Ne me dites surtout pas de patienter",
                "Vous ne m'écoutez jamais",
                "C'est à cause de vous que ma fille a pleuré",
                "You cost us the match with that lag",
                "You messed up my kid's birthday party",
            ],
            &[
                "Vous êtes toujours les bienvenus au club",
                "si vous lisez ce message, merci de confirmer la date",
                "c'est à cause de la pluie que le match est reporté",
                "tout est permis pendant la soirée déguisée",
                "you had one more day to enter, good luck",
                "the team is good at defending corners",
                "Please read my message about the schedule change",
                "vous avez fait un super travail, merci",
                "vous avez gâché vos chances au tirage, dommage",
                "Ne me dites pas que c'est déjà complet !",
                "c'est à cause de la neige que le train est en retard",
                "the upgrade cost us the same as last year",
            ],
        );
    }

    #[test]
    fn last_time_said_never_and_unfit_for_the_tools() {
        aggressive_and_clean(
            &[
                "Dernière fois que je le dis : tu livres demain ou je garde l'acompte.",
                "vous comptez me rembourser quand, à la Saint-Glinglin ?",
                "Honestly, who let you anywhere near a keyboard?",
                "Refund it today, and don't make me chase you again.",
                "And next time, actually check the logs before pinging me at 3am.",
                "Vous payez en retard tous les mois, alors épargnez-moi vos réclamations.",
            ],
            &[
                "La dernière fois que je le dis, c'était en réunion.",
                "La Saint-Glinglin, c'est le nom de notre nouvelle bière.",
                "Who let the dogs out is playing at the party",
                "Could you call me again tomorrow about the order?",
                "Next time, actually, let's meet at the café.",
            ],
        );
    }

    #[test]
    fn deadlines_with_nothing_more_or_what_comes_after() {
        aggressive_and_clean(
            &[
                "sign by noon or we walk, and good luck finding another brand",
                "signe avant midi ou on passe à quelqu'un d'autre",
                "je vous laisse 48 h, après c'est mon avocat qui s'en charge",
                "you've got until 5pm, not a minute more",
                "Tu réponds maintenant ou tu perds le contrat",
                "sort it by Friday or I'm pulling out of the deal",
                "You've got until Friday to reply, then I'm done",
                "Vous avez jusqu'à ce soir, pas une minute de plus",
                "Tu as jusqu'à demain midi pour répondre, après je passe à autre chose",
            ],
            &[
                "Vous avez jusqu'à vendredi pour profiter de l'offre, après elle expire",
                "you've got until Friday to apply, then we close the form",
                "Je vous laisse 48 h pour relire, après on publie",
                "Merci de signer avant midi ou on passe la commande demain",
            ],
        );
    }

    #[test]
    fn the_mess_blamed_opinions_dismissed_and_a_five_year_old() {
        aggressive_and_clean(
            &[
                "C'est toi qui as tout fait foirer",
                "Votre avis, franchement, tout le monde s'en fiche",
                "on se passe de vos commentaires, vraiment",
                "Sérieusement, vous faites exprès d'être aussi lent",
                "On ne va pas vous courir après pour vos erreurs",
                "Arrête de faire ton malin, ça ne marche pas ici",
                "Arrêtez de nous balader",
                "Ça vous arrive de réfléchir avant d'écrire ?",
                "Je ne vais pas y passer la journée pour ça",
                "C'est pas compliqué, même toi tu devrais comprendre ça",
                "C'est la dernière fois que je le demande poliment",
                "A five-year-old could have figured that out",
                "We're not going to waste a day over your mistakes",
                "I honestly wonder how you got this job",
                "Quit stalling and fix it",
                "Seriously, are you purposely this slow",
            ],
            &[
                "On se passe de voiture ce week-end",
                "Le guide va nous balader dans la vieille ville",
                "We're not going to waste a minute, the show starts at 8",
                "Ça vous arrive de passer à Lyon ?",
                "My five-year-old loved the colouring kit",
            ],
        );
    }
}
