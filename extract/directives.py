"""Directives and quotes: cue words, the directive's own words, who said it (across sentences) and for which body."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from datetime import date

from .dates import DAYS, find_dates
from .lexicon import bodies, cues, is_role_word
from .records import Directive, Evidence, Quote, Sentence

SAY_VERBS = ("ujar", "kata", "jelas", "ungkap", "tegas", "pungkas", "imbuh", "tambah", "tandas", "ucap", "terang",
             "sebut", "papar", "tutur", "tukas", "lanjut", "terang", "sambung", "timpal", "tutup", "cetus", "urai",
             "kilah", "imbau", "pinta", "ajak", "seru", "pesan")  # (the last five say how, as "tegas" does)
SAY_RE = re.compile(rf"\b({'|'.join(SAY_VERBS)})(nya)?\b", re.I)
PRONOUNS = {"ia", "dia", "beliau", "saya", "dirinya"}
OPEN_Q, CLOSE_Q = "“\"", "”\""
SKIP_AFTER_VERB = {"agar", "supaya", "untuk", "dengan", "tegas", "juga", "kembali", ",", "saya", "kami", "beliau"}
CLAUSE_STOP = {"sambil", "namun", "tetapi", "karena", "sedangkan", "sehingga", "meskipun", "walaupun"}
_DAY_LED = re.compile(rf"{DAYS}\s*[,(]?\s*\(?$", re.I)


@dataclass
class QuoteSpan:
    start: int  # char offsets of the quoted words in the article
    end: int
    attribution: tuple[int, int] | None  # char span of "ujarnya" / "kata Zonny"
    speaker_hint: str | None  # the words after the say-verb ("Zonny", "Bupati"), None for "-nya"
    demonstrative: bool = False  # the attribution ends in "tersebut"/"ini": the person spoken of ("tutup politisi ini")


def quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages (may run over several sentences) with their attribution when one follows."""
    out = []
    for m in re.finditer(r"[“\"]([^“”\"]{3,}?)[”\"]", text):
        tail = text[m.end():m.end() + 80]
        att = re.match(r"\s*,?\s*(\w+)\s*([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?", tail)
        hint, span = None, None
        if att and SAY_RE.fullmatch(att.group(1)):
            verb = att.group(1)
            hint = None if verb.lower().endswith("nya") else (att.group(2) or None)
            span = (m.end() + att.start(1), m.end() + att.end())
        this = bool(span) and re.match(r"(?:\s+[\w.-]+){0,4}?\s+(?:tersebut|ini)\b", text[span[1]:span[1] + 60]) is not None
        out.append(QuoteSpan(m.start(1), m.end(1), span, hint, this))
    return out


def find_cue(words: list[str]) -> tuple[int, int, str] | None:
    """(start, end, kind) of the first directive cue; verb cues win over modal ones."""
    table = cues()
    found = []
    for i in range(len(words)):
        for n in (2, 1):
            kind = table.get(tuple(words[i:i + n]))
            if kind:
                found.append((i, i + n, kind))
                break
    found = [f for f in found if not (f[2] == "modal" and f[0] > 0 and words[f[0] - 1] == "yang")  # "yang harus": a relative clause
             and not (f[2] == "noun" and not _owned(words, f[1])) and _live(words, f)]
    verbs = [f for f in found if f[2] == "verb"]
    nouns = [f for f in found if f[2] == "noun"]
    return (verbs or nouns or found or [None])[0]  # "Imbauan Kapolri Tito mengimbau agar ...": the verb says it


CONNECTIVE = frozenset({"jadi", "oleh", "maka", "sehingga", "makanya"})
THREAT = frozenset({"akan", "dikenakan", "diberikan", "diberi", "menanti", "menunggu", "jika", "bila", "apabila", "kalau"})
OPINION = frozenset({("menurut", "saya"), ("menurut", "kami"), ("saya", "kira"), ("saya", "rasa"), ("saya", "pikir"),
                     ("hemat", "saya"), ("saya", "usul"), ("saya", "usulkan"), ("saya", "berpandangan"),
                     ("saya", "berpendapat"), ("kami", "berpandangan"), ("kami", "berpendapat")})
# verbs that give the subject's judgement: "Dia menilai X harus ..." is a view (GUIDELINE: opinions are no directives)
JUDGE = frozenset({"menilai", "berpendapat", "berpandangan", "memandang", "menganggap", "merasa", "meyakini",
                   "beranggapan"})
CAUSE = frozenset({"karena", "sebab", "lantaran", "soalnya"})  # "karena semua orang harus membayar tarif": a reason
COMMITMENT = frozenset({"akan", "ingin", "berkomitmen", "siap", "berencana", "mau", "bakal"})
EMPHASIS = frozenset({"menegaskan", "tegaskan", "menekankan", "tekankan"})
HOPE = frozenset({"berharap", "harap", "harapkan", "mengharapkan", "diharapkan", "semoga", "mudah-mudahan", "harapannya"})
REMIND = frozenset({"mengingatkan", "ingatkan", "diingatkan"})
# verbs that, after "ingin", do what they say ("saya ingin mengingatkan ...": a reminder given, not planned)
PERFORMATIVE = frozenset({"mengingatkan", "mengajak", "mengimbau", "menghimbau", "meminta", "menegaskan", "menekankan"})
WARNING = frozenset({"jika", "apabila", "sanksi", "konsekuensi", "konsekuensinya"})  # "jika ada ASN ikut kampanye, ..."
# whom an official reminds of a duty: "mengingatkan ASN menjaga netralitas"
ADDRESSEES = frozenset({"asn", "pns", "warga", "masyarakat", "pegawai", "pejabat", "petugas", "aparatur", "opd", "kader",
                        "siswa", "guru", "pihak", "personel", "anggota", "penyelenggara", "peserta", "pengusaha"})
# bodies an official urges to act: "mendorong Pemda memberikan dukungan"
BODIES_ASKED = frozenset({"pemda", "pemkab", "pemkot", "pemprov", "pemerintah", "kementerian", "dinas", "badan",
                          "instansi", "lembaga", "perangkat", "kepala", "setiap", "kabupaten/kota", "sekolah",
                          "perusahaan", "bumn", "bumd", "pelaku", "umkm", "petani", "nelayan", "orang", "mereka"})
OBLIGE = frozenset({"mewajibkan", "diwajibkan", "mengharuskan", "diharuskan"})
ABILITY = frozenset({"dapat", "bisa", "mampu", "guna"})
BEFORE = frozenset({"sebelum", "sebelumnya"})
NEGATION = frozenset({"tidak", "tak", "nggak", "enggak", "gak", "bukan", "belum", "tanpa"})
SELF = frozenset({"saya", "aku", "kami", "pihaknya"})  # the speaker's side as the subject of "harus"
PERSONAL = frozenset({"dirinya", "saya", "aku", "ia", "dia", "beliau"})
SANCTION_VERBS = frozenset({"akan", "memberikan", "memberi", "menjatuhkan", "dikenai", "dikenakan", "diberi", "diberikan"})
# verbs of proposing an instruction that someone else would give
SUGGEST = frozenset({"menyarankan", "mengusulkan", "merekomendasikan", "berharap", "mengharapkan"})
# passive orders: whoever is named after them gave them ("diperintahkan oleh X"); whoever before them received them
PASSIVE_ORDERS = frozenset({"diminta", "diwajibkan", "diharuskan", "diperintahkan", "diinstruksikan", "dianjurkan",
                            "diimbau", "dihimbau"})
# words after which "mendesak" means urgent: "kebutuhan mendesak", "sangat mendesak"
URGENT_HOSTS = frozenset({"kebutuhan", "keadaan", "situasi", "kondisi", "hal", "masalah", "persoalan", "kepentingan",
                          "waktu", "urusan", "sangat", "lebih", "paling", "cukup", "tidak", "makin", "semakin", "kian",
                          "yang", "amat", "begitu", "mendesak"})
LAWS = frozenset({"undang-undang", "uu", "perda", "perpres", "permen", "pp", "pasal", "aturan", "peraturan", "regulasi",
                  "kebijakan", "perber", "ketentuan", "hukum", "putusan", "keputusan"})
CASE_ACTORS = frozenset({"pelaku", "tersangka", "terdakwa", "korban", "pelapor", "terlapor", "oknum", "pemohon",
                         "termohon", "penggugat", "tergugat", "pengacara"})
COMPLEMENT = frozenset({"untuk", "agar", "supaya", "kepada", "kepadanya", "seluruh", "semua", "para", "jajaran", "pihaknya"})
DEMAND = frozenset({"harus", "wajib", "dilarang", "jangan", "agar", "supaya", "boleh", "diminta", "segera"})
# verbs that pass on what the speaker says: "mengatakan bahwa ASN harus netral" reports a demand
REPORTING = frozenset({"mengatakan", "menyatakan", "menyampaikan", "menjelaskan", "mengungkapkan", "menuturkan",
                       "menerangkan", "memaparkan", "menambahkan", "menyebut", "menyebutkan", "berkata", "bilang",
                       "kata", "ujar", "ungkap", "tegas", "menginstruksikan", "mengimbau", "meminta", "minta",
                       *EMPHASIS, *REMIND})


CLAUSE_MARKS = frozenset({",", ";", ":", *OPEN_Q})
# a passive verb ("dinaikkan", "dibayar", "diuji"): a thing is done, nobody is named to do it; "di" words that are
# no verbs (offices: "dinas", "dirut", "ditjen", "disdik"; nouns: "dini", "diskusi", "disiplin") stay out
_NOT_PASSIVE = ("nas", "rut", "ni", "ri", "tjen", "rjen", "rektorat", "rektur", "reksi", "sdik", "shub", "skominfo",
                "snaker", "spenduk", "spendukcapil", "sperindag", "stan", "nkes", "nsos", "spora", "sparbud", "sbud",
                "kbud", "knas", "kti", "klat", "plomat", "plomasi", "skusi", "skon", "strik", "visi", "alog", "gital",
                "mensi", "nasti", "namika", "siplin", "ktator", "rektif")
_PASSIVE_VERB = re.compile(r"di(?!(?:" + "|".join(_NOT_PASSIVE) + r")\b)[a-z]{3,}")


def clause_start(texts: list[str], i: int) -> int:
    """Index of the first token of the clause holding token ``i`` (after a comma, semicolon, colon or open quote)."""
    while i > 0 and texts[i - 1] not in CLAUSE_MARKS:
        i -= 1
    return i


def _live(words: list[str], cue: tuple[int, int, str]) -> bool:
    """Whether a cue really gives an instruction: not negated, not "minta maaf", not an emphasis of a plain fact."""
    s, e, kind = cue
    c = clause_start(words, s)
    if _no_order_here(words, c, s, e):
        return False
    if kind == "verb" and _verb_no_order(words, c, s):
        return False
    if kind == "modal" and _modal_no_order(words, c, s, e):
        return False
    if kind in ("verb", "noun") and CASE_ACTORS & set(words[c:s]):
        return False  # "pelaku mengajak korban bertemu", "Pelaku meminta sejumlah uang": what an offender did, as told
    if kind == "noun" and SUGGEST & set(words[:s]):
        return False  # "Asep menyarankan Mendagri menerbitkan surat edaran": an order someone else proposes
    if words[s] in ("mendorong", "dorong") and e < len(words) and not (
            {"agar", "supaya", "untuk"} & set(words[e:]) or words[e] in COMPLEMENT | ADDRESSEES | BODIES_ASKED
            or is_role_word(words[e]) or words[e] in _body_words()
            or any(words[j] == "oleh" and words[j + 1] in COMPLEMENT | ADDRESSEES for j in range(e, len(words) - 1))):
        return False  # "mendorong pertumbuhan ekonomi": an aim pursued, nobody is asked to act
    if words[s] == "sanksi":  # a threat ("akan dikenakan sanksi", "jika ... sanksi menanti"), not a report of sanctions
        if {"masih", "nanti", "belum"} & set(words[s + 1:s + 3]):
            return False  # "Sanksi nanti akan ditetapkan oleh rektor", "sanksi masih menunggu ...": not decided yet
        return bool(THREAT & set(words[c:])) and not {"kena", "terkena", "dijatuhi"} & set(words[c:s]) \
            and not any(words[j] in ("belum", "tidak", "tak") and words[j + 1] in SANCTION_VERBS
                        for j in range(c, s))  # "belum akan memberikan sanksi" (but "ASN yang tidak netral akan ...")
    if words[s] in REMIND and not (DEMAND | OBLIGE | WARNING | {"untuk", "kepada"}) & set(words[e:]) \
            and not any(cues().get((w,)) == "verb" for w in words[e:]) \
            and not (e < len(words) and (words[e] in COMPLEMENT | ADDRESSEES or is_role_word(words[e]))):
        return False  # "mengingatkan (bahwa) politik uang menjadi ancaman": a fact recalled, nobody is instructed
    if words[s] in EMPHASIS:
        return _stressed_demand(words[e:])
    return True


def _no_order_here(words: list[str], c: int, s: int, e: int) -> bool:
    """A cue word of any kind that gives no order in its place: asking for oneself, a warrant, urgency, a rule's
    wording, the taxpayer, a request made to the speaker."""
    if e < len(words) and words[e] in ("maaf", "doa", "restu", "masukan", "keterangan", "pendapat", "izin", "saran",
                                       "persetujuan", "duit", "uang", "data", "penjelasan", "akses"):
        return True  # "minta maaf", "meminta doa dan dukungan", "meminta keterangan saksi": asking for oneself
    if words[s] == "perintah" and s > 0 and words[s - 1] == "surat":
        return True  # "surat perintah penyidikan", "akan menerbitkan surat perintah": a warrant, not an instruction
    if words[s] == "mendesak" and s > 0 and words[s - 1] in URGENT_HOSTS:
        return True  # "kebutuhan mendesak", "keadaan mendesak": urgent, nobody urges
    if words[s] in ("mewajibkan", "mengharuskan") and (words[s - 1:s] == ["yang"] or LAWS & set(words[c:s])):
        return True  # "Perber yang mewajibkan pemda ...", "kebijakan tersebut mengharuskan ...": what a rule says
    if words[s] == "wajib" and e < len(words) and words[e].startswith(("pajak", "retribusi", "zakat")):
        return True  # "wajib pajak", "akun wajib pajaknya": the taxpayer, a noun
    if words[s] == "diminta" and PERSONAL & set(words[c:s]):
        return True  # "ketika dirinya diminta Ketua Umum ...": a request to the speaker, not from him
    if words[e:e + 2] == ["kepada", "diri"] or words[e:e + 1] == ["diri"]:
        return True  # "saya minta kepada diri saya sendiri": what the speaker asks of himself
    return False


def _verb_no_order(words: list[str], c: int, s: int) -> bool:
    """A directive verb told of, promised, judged or asked about rather than given."""
    before = words[c:s]
    if NEGATION & set(before):
        return True  # "tidak pernah ... meminta", "kita nggak minta"
    if JUDGE & set(before):
        return True  # "menilai hakim terpengaruh tekanan massa yang mendorong ...": a view of what others do
    if COMMITMENT & set(words[max(c, s - 2):s]) and not (words[s - 1] == "ingin" and words[s] in PERFORMATIVE):
        return True  # "saya berkomitmen mendorong ...": a promise of the speaker, not an instruction
    if "siapa" in before:
        return True  # "siapa yang menugaskan ...": a question about an order
    if _word_before(words, s) == "mereka":
        return True  # "mereka (PT X) meminta agar lahannya ...": what a group asked, told by the speaker
    if s > 0 and words[s - 1] == "," and (HOPE | ABILITY) & set(words[max(0, s - 15):s]):
        return True  # "berharap dapat memperkuat X, mendorong Y": one more thing hoped for, nobody is instructed
    if s > c and words[s - 1] in ABILITY:
        return True  # "jalan itu dapat mendorong ekonomi": what something can bring about, nobody is instructed
    if s > c and words[s - 1] in BEFORE:
        return True  # "Sebelum mengimbau warga, saya ...": what comes before an instruction, not the instruction
    return False


# words of asking that make "agar jangan ..." the message asked for, not a purpose
_ASKING = frozenset({"berpesan", "pesan", "pesannya", "meminta", "minta", "memohon", "mengimbau", "imbau",
                     "menyerukan", "mengingatkan", "menegaskan", "mengarahkan", "arahan", "instruksi", "perintah"})


def _modal_no_order(words: list[str], c: int, s: int, e: int) -> bool:
    """A modal ("harus", "jangan", "dilarang", "diminta" ...) in a denial, question, shared resolve, reason, the
    speaker's own duty, an opinion, a hope, a promise or a view of a thing: nobody is instructed."""
    before = words[c:s]
    if any(w in ("bukan", "apakah", "mengapa", "bagaimana") and words[c + j + 1:c + j + 2] != ["pun"]
           and c + j != s - 1 for j, w in enumerate(before)):
        return True  # "bukan dia bilang dilarang", "apakah beban itu harus ditanggung negara": denied or asked (but
        # "bagaimana pun harus menghormati hukum" is "in any case", and "bukan tidak boleh memilih, tolong ..." goes on)
    if words[s] == "tidak" and words[s - 1:s] == ["kita"]:
        return True  # "Kita tidak boleh menyerah kepada keadaan": a shared resolve
    if words[s] == "tidak" and s > 0 and words[s - 1] in SELF:
        return True  # "saya tidak boleh membuka sekarang": what the speaker may not do himself
    if words[s] == "jangan" and words[e:e + 2] in (["lupa", "kalau"], ["lupa", "bahwa"]):
        return True  # "Jangan lupa kalau kota ini ...": a fact recalled, nobody is told to do anything
    if words[s] == "harus" and "kita" in words[c:] and not {"mari", "ayo"} & set(before):
        return True  # "harus terus kita kembangkan": a shared resolve, nobody is instructed
    if words[s] == "jangan" and words[e:e + 1] == ["kita"] \
            and not {"arahan", "instruksi", "perintah", "pesan"} & set(words[:s]):
        return True  # "jangan kita main-main": the same resolve, said the other way (unless an order is reported)
    if CAUSE & set(before):
        return True  # "karena KPU juga harus memedomani ...": why something is so, not an instruction
    if words[s] == "harus" and s > c and (words[s - 1] in SELF or (
            s - 1 > c and words[s - 2] in SELF and words[s - 1] in ("juga", "pun", "tetap", "memang", "masih"))):
        return True  # "saya juga harus bisa", "pihaknya masih harus ...": what the speaker's side demands of itself
    if words[s] == "harus" and any(words[j] in SELF and words[j + 1] == "sebagai" and "," not in words[j:s]
                                   for j in range(c, s - 1)):
        return True  # "Kami sebagai partai pendukung harus memastikan ...": the same, with the side described
    if any(tuple(words[j:j + 2]) in OPINION for j in range(c, s)) or JUDGE & set(before):
        return True  # "menurut saya ... harus fokus": the speaker's opinion (GUIDELINE: opinions are no directives)
    if words[s] == "harus" and s > 0 and words[s - 1] in ("tidak", "tak"):
        return True  # "beban kerja itu tidak harus terpaku ...": need not, nobody is instructed
    if words[s] == "harus" and words[e:e + 1] == ["ada"]:
        return True  # "berarti di situ harus ada infrastruktur", "harus ada tiga trias politika": how things must be
    if words[s] == "harus" and s > 0 and words[s - 1] == "masih":
        return True  # "polisi masih harus memeriksa saksi", "pintu dialog masih harus dibuka": what is still to do
    if words[s] == "harus" and "bahwa" in words[:s] and not _reported(words, s):
        return True  # "memberi pencerahan kepada masyarakat bahwa X harus ...": an explanation, not a demand
    if HOPE & set(before):
        return True  # "Kami berharap susu jangan dihapus": a hope (GUIDELINE: hopes are no directives)
    if words[s] in PASSIVE_ORDERS and words[e:e + 1] and words[e] in ("oleh", "beliau"):
        return True  # "sudah diperintahkan oleh Bapak Presiden": the order of the one named after it, not the speaker's
    if s > 0 and words[s - 1] in ("sampai", "hingga") or "terpaksa" in before:
        return True  # "guru ... terpaksa harus patungan", "Terpaksa pelajar ... harus belajar": what someone was driven to
    if words[s] == "jangan" and s > c and words[s - 1] in ("agar", "supaya") and not _ASKING & set(words[:s]):
        return True  # "ada yang berjaga agar jangan sampai ketahuan": a purpose, nobody is told (an order
        # with a verb before it, "meminta agar jangan ...", is read from that verb)
    if words[s] == "wajib" and s > 0 and words[s - 1] in ("penerapan", "pemberlakuan", "pelaksanaan", "program", "masa"):
        return True  # "menjelang penerapan wajib label": a mandatory scheme named, nobody is told
    if words[s] == "mari" and words[e:e + 1] in (["saya"], ["aku"]):
        return True  # "mari saya ingatkan lagi bahwa ...": "let me", the speaker's own act, nobody is invited
    if "kasihan" in before:
        return True  # "Kasihan warga harus antre lama": what others must bear, pitied
    if {"janji", "berjanji"} & set(before):
        return True  # "Kami janji tiga minggu ke depan harus ada titik terang": a promise
    if words[s] == "harus" and words[c:c + 1] and words[c] in CONNECTIVE and e < len(words) \
            and _PASSIVE_VERB.fullmatch(words[e]):
        return True  # "Jadi kolam ini harus dinaikkan": a conclusion about things, nobody is addressed
    if words[s] == "harus" and _own_duty(words, c, s, e):
        return True  # "Masyarakat harus saya perhatikan", "harus dibayar oleh pemerintah": the speaker's own duty
    if words[s] == "harus" and _about_a_thing(words[c:s], words[e:e + 1]):
        return True  # "hal itu harus terus didukung", "kenapa ini harus tetap berjalan": a view of a thing
    return False


def _stressed_demand(rest: list[str]) -> bool:
    """Whether what follows "menegaskan"/"menekankan" is a demand, not the speaker's promise, a forecast or a fact."""
    if rest[:1] in (["pihaknya"], ["kami"], ["saya"]) and rest[1:2] and rest[1] in COMMITMENT:
        return False  # "menegaskan pihaknya akan memperketat ...": the speaker's own promise
    if "akan" in rest and not DEMAND & set(rest):
        return False  # "menekankan semua gaji hakim akan naik": a forecast stressed, nobody is instructed
    if {"merupakan", "adalah", "ialah"} & set(rest) and not DEMAND & set(rest) \
            or rest[:1] and rest[0].startswith("komitmen"):
        return False  # "menegaskan seluruh program itu merupakan ...", "menegaskan komitmennya agar ...": a fact, a
        # promise
    return bool(rest) and (rest[0] in COMPLEMENT or bool(DEMAND & set(rest)))


def _word_before(words: list[str], s: int) -> str | None:
    """The word before ``s``, past a bracketed aside ("mereka ( PT X ) meminta" -> "mereka")."""
    k = s - 1
    if k >= 0 and words[k] == ")":
        while k >= 0 and words[k] != "(":
            k -= 1
        k -= 1
    return words[k] if k >= 0 else None


def _reported(words: list[str], s: int) -> bool:
    """Whether the last "bahwa" before ``s`` follows a verb of saying ("menegaskan bahwa", "mengatakan juga bahwa")."""
    k = max(j for j in range(s) if words[j] == "bahwa") - 1
    while k >= 0 and words[k] in ("juga", "pula", "pun", ","):
        k -= 1
    return k >= 0 and words[k] in REPORTING


ADVERBS = frozenset({"betul-betul", "benar-benar", "juga", "tetap", "terus", "segera", "lebih", "sungguh-sungguh"})
OWN_SIDE = frozenset({"saya", "kami", "kita", "pemerintah", "pemda", "pemkab", "pemkot", "pemprov"})
THING = frozenset({"hal", "ini", "itu", "tersebut", "tentunya", "tentu", "memang", "juga", "kenapa", "mengapa", "maka",
                   "karena", "semua"})


@cache
def _body_words() -> frozenset[str]:
    """Bodies written as one word ("bgn", "polri", "pt"), lower-case: "mendorong BGN mencoba pola lain" asks a body."""
    return frozenset({k.lower() for k in bodies() if " " not in k} | {"pt", "polri", "tni", "kpu", "bawaslu"})


def _own_duty(words: list[str], c: int, s: int, e: int) -> bool:
    """Right after "harus", the speaker's side as the doer: "harus saya perhatikan", "harus dibayar oleh pemerintah"."""
    end = next((j for j in range(e, len(words)) if words[j] in CLAUSE_MARKS | {".", "!", "?"}), len(words))
    j = e
    while j < end and words[j] in ADVERBS:
        j += 1
    nxt = words[j + 1] if j + 1 < end else ""
    if j < end and words[j] in ("saya", "kami") and nxt.isalpha() and nxt not in ("dan", "atau", "yang", "di", "ke"):
        return True  # "harus betul-betul saya perhatikan"; not "harus bantu saya menegakkan", an appeal
    # "harus dibayar oleh pemerintah"; not "harus ... acuan yang diterbitkan oleh Pemerintah Pusat"
    return e + 2 < end and _PASSIVE_VERB.fullmatch(words[e]) is not None and words[e + 1] == "oleh" \
        and words[e + 2] in OWN_SIDE


def _about_a_thing(before: list[str], after: list[str]) -> bool:
    """A clause whose subject is only "ini/itu/hal itu" (no one addressed) and whose "harus" is followed by a passive
    or by "tetap/terus": what the speaker thinks should become of a thing."""
    return bool(before) and len(before) <= 4 and set(before) <= THING and bool({"ini", "itu", "tersebut"} & set(before)) \
        and bool(after) and (_PASSIVE_VERB.fullmatch(after[0]) is not None or after[0] in ("tetap", "terus"))


def _owned(words: list[str], k: int) -> bool:
    """A noun cue gives a directive as "Arahan saya, ..." / "instruksinya: ..." or with its content ("arahan agar ..."),
    not as a bare "memberikan arahan kepada peserta"."""
    if k < len(words) and words[k] in (",", ":"):
        return True
    if k + 1 < len(words) and words[k] in ("saya", "kami", "beliau", "bupati", "gubernur") and words[k + 1] in (",", ":"):
        return True
    # "memberikan arahan kepada seluruh camat agar/untuk menjaga ...": the noun comes with what it asks for
    for j in range(k, min(len(words), k + 8)):
        if words[j] in (".", ";", "!", "?", '"', "“", "”", "yang", "ini", "itu", "tersebut") or _PASSIVE_VERB.fullmatch(words[j]):
            return False  # "surat edaran yang disebarluaskan ... agar", "surat edaran ini disampaikan untuk": about it, not it
        if words[j] in ("agar", "supaya") or (words[j] == "untuk" and j + 1 < len(words) and _ACTION.match(words[j + 1])):
            return True
    return False


_ACTION = re.compile(r"(me|ber|tidak\b|segera\b|tetap\b|selalu\b)")


EMPTY_SUBJECT = frozenset("jadi tentu ini itu kalau maka ya nah saya aku kami kita dan tapi namun sehingga karena".split())
_PREFIXED = re.compile(r"(me|di|ber|ter|pe|se|ke)\w+")


def _imperative_clause_before(toks, words: list[str], start: int) -> int | None:
    """Start of the comma clause just before ``start`` when it opens with a bare imperative ("laksanakan", "jagalah")."""
    if start < 2 or toks[start - 1].text != ",":
        return None
    j = clause_start(words, start - 2)
    w = words[j]
    if len(w) >= 6 and re.fullmatch(r"[a-z]+(kan|lah)", w) and not _PREFIXED.fullmatch(w) and w not in ("bukan", "akan"):
        return j
    return None


def directive_span(sent: Sentence, cue: tuple[int, int, str]) -> tuple[int, int, str | None] | None:
    """Character span of the directive's own words in ``sent`` and the addressee when "kepada X untuk" names one."""
    toks = sent.tokens
    words = [t.text.lower() for t in toks]
    s, e, kind = cue
    addressee = None
    if kind != "modal":
        k = e
        if words[k:k + 1] in (["terus"], ["lagi"]) and words[k + 1:k + 2] == [","] \
                and words[k + 2:k + 3] not in (["agar"], ["supaya"], ["untuk"], ["kepada"]):
            return None  # "..., dan saya minta terus, Pak Kadis tidak hadir ...": nothing asked after it
        if k < len(words) and words[k] == "kepada":
            j = k + 1
            while j < len(words) and words[j] not in ("untuk", "agar", "supaya", ",", "."):
                j += 1
            if j < len(words) and words[j] in ("untuk", "agar", "supaya"):
                addressee = " ".join(t.text for t in toks[k + 1:j])
                k = j + 1
        while k < len(words) and (words[k] in SKIP_AFTER_VERB or toks[k].text in OPEN_Q):
            k += 1
        start = k
    else:
        start = clause_start(words, s)
        if words[s] in ("harus", "wajib") and all(w in EMPTY_SUBJECT for w in words[start:s]):
            return None  # "jadi harus terima", "ini wajib ...": no one is told to do anything new
        prev = _imperative_clause_before(toks, words, start)
        if prev is not None:
            start = prev  # "laksanakan amanah dengan baik, penjabat harus ...": the imperative belongs to it
        if words[s] in ("tolong", "mari"):
            start = s + 1
            while start < len(words) and words[start] in ("juga", "kita", ","):
                start += 1
        elif words[s] == "jangan":
            start = s  # without its "jangan" a ban reads as the opposite ("lupa membawa KTP")
        elif words[s] == "diminta" and start == s and s + 1 < len(words) and words[s + 1] == "kepada":
            j = s + 2  # "Diminta kepada kita semua, dapat menjaga ..."
            while j < len(words) and words[j] not in (",", "untuk", "agar", "supaya"):
                j += 1
            addressee = " ".join(t.text for t in toks[s + 2:j])
            start = j + 1
    end = start
    while end < len(toks) and toks[end].text not in CLOSE_Q and not (
            toks[end].text == "," and end + 1 < len(toks) and SAY_RE.fullmatch(words[end + 1])):
        # a modal directive runs to the sentence end: its clauses often carry the substance ("..., tolong diperhatikan")
        if toks[end].text in (",", ";") and end + 1 < len(toks) and words[end + 1] in CLAUSE_STOP:
            break
        end += 1
    while end > start and toks[end - 1].text in ".,;:!?":
        end -= 1
    if end - start < 2:
        return None
    return toks[start].start, toks[end - 1].end, addressee


def date_for(sent: Sentence, text: str, ref: date | None, quote: QuoteSpan | None) -> date | None:
    """A date in the sentence or its quote attribution, else the last day-led date before it, else the article date."""
    # a directive cannot be given after its article appeared: a later date ("Pilkada 27 November") is what it is about
    found = [(s, d) for s, e, d in find_dates(sent.text, ref) if not (ref and d > ref)]
    led = [d for s, d in found if _DAY_LED.search(sent.text[max(0, s - 12):s])]
    if led or found:
        return (led or [found[0][1]])[0]
    if quote and quote.attribution:
        tail = text[quote.attribution[0]:quote.attribution[1] + 40]
        for _, _, d in find_dates(tail, ref):
            return d
    last = None
    for s, e, d in find_dates(text[:sent.start], ref):
        if _DAY_LED.search(text[max(0, s - 12):s]):
            last = d
    return last or ref


def make_directive(sent: Sentence, span: tuple[int, int, str | None], issuer: str | None, issuer_code: str | None,
                   speaker: str | None, text: str, article_id: str, when: date | None, cue: str,
                   conf: float) -> Directive:
    a, b, addressee = span
    ev = Evidence(article_id, sent.text, sent.start, sent.end, a, b)
    return Directive(issuer, speaker, text[a:b], ev, when, addressee, cue, issuer_code, conf)


def make_quote(speaker: str, q: QuoteSpan, sent: Sentence, text: str, article_id: str, when: date | None) -> Quote:
    return Quote(speaker, text[q.start:q.end].strip(), Evidence(article_id, sent.text, sent.start, sent.end, q.start, q.end),
                 when)
