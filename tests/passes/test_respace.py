from collections import Counter

from conftest import body_text
from temize import recover
from temize.passes.respace import segment, segment_suffixing


def test_segment_splits_into_the_most_probable_words():
    assert segment("foritssimplicity", ("en",)) == ["for", "its", "simplicity"]
    assert segment("temporalmaxormeanpooling", ("en",)) == ["temporal", "max", "or", "mean", "pooling"]


def test_segment_knows_words_the_word_lists_spell_with_ss():
    # German "ß" is "ss" in wordfreq's case-folded keys
    assert segment("dieStraßeistgroß", ("de",)) == ["die", "Straße", "ist", "groß"]


def test_lines_that_lost_their_spaces_get_them_back():
    text = ("The method was tested on several public datasets with good results overall.\n"
            "Theimpactofdifferentspatialpoolingmethodshasbeendiscussedbefore.\n"
            "We follow the usual protocol and report the mean accuracy of all runs here.\n")
    body = recover(text, lang="en").to_dict()["body"]
    joined = " ".join(b["text"] for b in body)
    assert "The impact of different spatial pooling methods has been discussed before." in joined


def test_ordinary_text_and_agglutinated_words_are_left_alone():
    en = "Nondeterministic scheduling of spinimbalanced gases is studied in this paper at length.\n"
    assert recover(en, lang="en").to_dict()["body"][0]["text"] == en.strip()
    tr = "Hahamhanelerinin ortadan kalkması lazımdır ve bilâkayduşart hâkimiyet milletindir.\n"
    assert recover(tr, lang="tr").to_dict()["body"][0]["text"] == tr.strip()


def _recovered_with_a_squashed_line(first: str, *rest: str) -> str:
    """Body text of lines around one that lost all its spaces, which shows
    the document has the symptom."""
    text = "\n".join((first, "Theimpactofdifferentspatialpoolingmethodshasbeendiscussedbefore.") + rest) + "\n"
    return body_text(text, "en")


def _turkish_body(*rows: str) -> str:
    """The body recovered from a Turkish text of these lines."""
    return body_text("\n".join(rows) + "\n", "tr")


def test_where_the_document_shows_the_symptom_short_runs_split_too():
    # (lines of one printed width, so that none looks like two glued ones)
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "A goodexampleis theLabeled Faces set, and reviewand ranking on-linecan bringhuge gains.",
        "Nondeterministic scheduling is a term that stays as it is in this text and in others.")
    assert "A good example is the Labeled Faces set, and review and ranking on-line can bring huge gains." in joined
    assert "Nondeterministic scheduling" in joined


def test_where_the_document_shows_the_symptom_a_number_glued_to_a_word_splits():
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "A goodexampleis the Facultyof 1000Biology and Medicine, and reviewand ranking gains.",
        "Models such as GPT4All and the H2O set keep their names as they are in this text here.")
    assert "Faculty of 1000 Biology and Medicine" in joined
    assert "GPT4All" in joined and "H2O" in joined


def test_without_the_symptom_short_runs_stay():
    text = "A goodexampleis the one we give, and reviewand ranking help us here in the text.\n"
    assert recover(text, lang="en").to_dict()["body"][0]["text"] == text.strip()


def test_names_with_capitals_inside_stay_whole():
    assert segment("applyingaffinewarpingusingOpenCV", ("en",))[-1] == "OpenCV"
    assert segment("theYouTubeFacedataset", ("en",)) == ["the", "YouTube", "Face", "dataset"]
    assert segment("duringtheinitialRFsurvey", ("en",)) == ["during", "the", "initial", "RF", "survey"]


def test_an_acronym_inside_a_run_does_not_stop_the_split():
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall.",
        "We stress it: the importance of monitoringofeventsduringtheinitialRFsurveywork is not to be",
        "doubted by any of us, as we all know from the work of the past years at the site.")
    assert "monitoring of events during the initial RF survey work is not" in joined


def test_a_run_broken_by_a_line_end_hyphen_is_split_whole():
    # "...protec-" + "tionwouldendupclogged": the run is one word only once
    # the hyphen is resolved; its spaces come back on both lines
    text = ("The method was tested on several public datasets with good results overall, as we show\n"
            "here. Aserverthatdidnotincludethisprotec-\n"
            "tionwouldendupclogged with idle peers, which prevented new peers from connecting.\n")
    doc = recover(text, lang="en")
    body = " ".join(b["text"] for b in doc.to_dict()["body"])
    assert "A server that did not include this protection would end up clogged with idle peers" in body
    # the dropped hyphen is still on record
    assert any(r.reason == "hyphen" for r in doc.removed)


def test_a_long_run_of_turkish_words_is_split_without_cutting_off_suffixes():
    from collections import Counter
    from temize.passes.respace import segment_suffixing
    assert segment_suffixing("mekteplerinhepsikapandıveçocuklarevlerinedöndüler", "tr", Counter()) == [
        "mekteplerin", "hepsi", "kapandı", "ve", "çocuklar", "evlerine", "döndüler"]
    text = ("Meclis bu konuyu uzun uzun tartıştı ve sonunda oylamaya geçildi, herkes hazırdı.\n"
            "Hükümetinbugünküvaziyetimemleketiçinçokönemlidir dedi ve kürsüden indi.\n"
            "Muvaffakiyetsizliklerinden bahsetmek istemiyorum diyerek sözlerini bitirdi.\n")
    body = body_text(text, "tr")
    assert "Hükümetin bugünkü vaziyeti memleket için çok önemlidir dedi" in body
    # a long word, even one no list knows, is one word: it holds none of
    # the commonest words
    assert "Muvaffakiyetsizliklerinden bahsetmek" in body


def test_punctuation_in_a_line_that_lost_its_spaces_shows_where_they_were():
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "isafirstordertransition(FOT),consistentwithasuddenchange.Thenthefreeenergy(FE)dropsquickly,",
        "and the rest of this paragraph is printed with all of its spaces in their places.")
    assert "is a first order transition (FOT), consistent with a sudden change. Then the free energy (FE) drops" \
        in joined


def test_numbers_and_acronyms_inside_a_line_that_lost_its_spaces():
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "wehaveestablished14clustersinthedatadistributedfromtheWMTsiteatasamplingrateof0.001for",
        "negative examples, and the rest of this line is printed with all its spaces in place.")
    assert "we have established 14 clusters in the data distributed from the WMT site at a sampling rate of " \
           "0.001 for negative examples" in joined


def test_a_comma_after_a_number_before_a_word_in_a_line_that_lost_its_spaces():
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "wemeasuredthestatesinfigure2,andalsointable3,whichwereobtainedbyloweringthetemperature",
        "in a constant field, and the rest of this line is printed with all its spaces in place.")
    assert "the states in figure 2, and also in table 3, which were obtained by lowering the temperature" in joined


def test_a_possessive_in_a_line_that_lost_its_spaces_keeps_its_s():
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "stressisknowntoadverselyimpactaperson’sabilitytoprocessinformationinmanysettings",
        "and the rest of this paragraph is printed with all of its spaces in their places.")
    assert "impact a person’s ability to process information in many settings" in joined


def test_addresses_are_not_split_but_numbers_glued_to_names_are():
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "agoodexampleisthesitewhichcollectsreviewsfromthe1000Biologyfacultyeachyear,seeit",
        "at http://www.facultyof1000.com/ and the rest of this line has all of its spaces.")
    assert "from the 1000 Biology faculty" in joined
    assert "http://www.facultyof1000.com/" in joined


def test_a_decade_glued_to_the_next_words_in_a_line_that_lost_its_spaces():
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "thebestmeasurementfromthemountainsiteinthe1960’sand1970’swasobtained,whichshows",
        "that the rest of this paragraph is printed with all of its spaces in their places.")
    assert "in the 1960’s and 1970’s was obtained, which shows" in joined


def test_no_turkish_word_is_cut_to_begin_with_soft_g():
    from collections import Counter
    parts = segment_suffixing("vebuyüzdençalışmağamecburdurlar", "tr", Counter())
    assert parts[:3] == ["ve", "bu", "yüzden"]
    assert not any(p.startswith("ğ") for p in parts)


def test_an_unknown_turkish_stretch_does_not_open_with_two_consonants():
    from collections import Counter
    # "zhar" is no word: the rest of "mazhar" cut in two
    parts = segment_suffixing("umumibirmuhabbetveşükranamazharoldu", "tr", Counter({"şükran": 1}))
    assert parts == ["umumi", "bir", "muhabbet", "ve", "şükrana", "mazhar", "oldu"]


def test_no_turkish_piece_lacks_a_vowel():
    # "tv" is common in web text but no word of running Turkish: without it,
    # "ha" + "tv" + "el" + "erle" (a scrap an extractor spaced off a word
    # elsewhere: "emniyetl erle") no longer beats the unknown word whole
    parts = segment_suffixing("sanatveiktisadiyatsahasındaserihatvelerleyürümeklazımdı", "tr",
                              Counter({"erle": 1}))
    assert not any(set(p).isdisjoint("aeıioöuüâîû") for p in parts)
    assert "".join(parts[4:-2]) == "serihatvelerle" and len(parts[4:-2]) <= 2
    assert parts[:4] == ["sanat", "ve", "iktisadiyat", "sahasında"]
    assert parts[-2:] == ["yürümek", "lazımdı"]


def test_two_words_run_together_in_a_squashed_line_split_where_both_are_known():
    from temize.passes.respace import segment_squashed_suffixing
    # an inflected form of a known word ("misal" + "ler") and a rarer word:
    # two words in a line that lost its spaces
    assert segment_squashed_suffixing("misallerbulabiliriz", "tr", Counter()) == ["misaller", "bulabiliriz"]
    # but the ending of ability stays on its verb, and a known word's
    # endings are not cut off as a word of their own
    assert segment_squashed_suffixing("hatırlayabilirsiniz", "tr", Counter()) is None
    assert segment_squashed_suffixing("mahrumiyetimizdir", "tr", Counter()) is None


def test_shorter_turkish_runs_split_in_a_line_that_lost_most_of_its_spaces():
    # a line with hardly a space left: runs shorter than a long word that
    # hold one of the commonest words are words run together too
    body = _turkish_body("Meclis bu konuyu uzun uzun tartıştı ve sonunda oylamaya geçildi, herkes hazırdı.",
                         "Heyetvekilleriburayageldiler,bizdeonlarlagörüştük.Meclisçokmemnunoldu.",
                         "Muvaffakiyetsizliklerinden bahsetmek istemiyorum diyerek sözlerini bitirdi.")
    assert "Meclis çok memnun oldu" in body and "Muvaffakiyetsizliklerinden bahsetmek" in body


def test_a_dash_between_two_sentences_in_a_line_that_lost_its_spaces():
    # a speaker's turn: "… oluyoruz. - Alelumum …"
    body = _turkish_body("Meclis bu konuyu uzun uzun tartıştı ve sonunda oylamaya geçildi, herkes hazırdı.",
                         "Heyetvekilleriburayageldiler,bizmemnunoluyoruz.-Bunlarınhepsibunuistiyorlar.",
                         "Muvaffakiyetsizliklerinden bahsetmek istemiyorum diyerek sözlerini bitirdi.")
    assert "memnun oluyoruz. - Bunların hepsi" in body


def test_a_full_stop_glued_to_the_next_sentence_gets_its_space():
    # (not after a capital or inside a name: "U.S.Army", "Node.js" stay)
    body = body_text("Bunu kabul ettirmeye muvaffak olacaklarını sananlar aldanıyorlar.Zira millet uyanmıştır. "
                     "Sürüm numarası Node.js ile yazılır ve U.S.Army kısaltması da olduğu gibi kalır.\n", lang="tr")
    assert [s in body for s in ("aldanıyorlar. Zira millet", "Node.js ile", "U.S.Army")] == [True] * 3


def test_a_word_glued_to_an_ottoman_izafet_is_cut_after_its_vowel():
    text = ("Ta ki millet mazhar-ıistiklal olsun ve Harb-iUmumi'den sonra sulh gelsin; "
            "sosyo-iktisadi şartlar da düzelsin.\n")
    body = body_text(text, lang="tr")
    assert "mazhar-ı istiklal olsun" in body
    assert "Harb-i Umumi'den" in body
    assert "sosyo-iktisadi şartlar" in body   # the vowel opens a word there
    # also where the line lost its spaces: the vowel, then the run's words
    squashed = ("Hatvelerle devam edeceğim ve milletin azmi hiçbir vakit eksilmeyecektir efendiler.\n"
                "Taki millet mazhar-ıistiklalvesaltanatvehilafetmasunolsun.\n"
                "Bunun için her fedakârlığı göze aldık ve almaya da devam edeceğiz arkadaşlar.\n")
    assert "mazhar-ı istiklal ve saltanat ve" in body_text(squashed, lang="tr")


def test_two_long_turkish_words_run_together_split_where_the_document_prints_one_alone():
    parts = segment_suffixing("Türklerkapitülasyonların", "tr", Counter({"kapitülasyonların": 1}))
    assert parts == ["Türkler", "kapitülasyonların"]
    # a run into two pieces, one of them rare and printed nowhere else: whole
    assert segment_suffixing("Türklerkapitülasyonların", "tr", Counter()) is None


def test_endings_of_with_and_to_stay_on_their_word_in_a_squashed_turkish_run():
    # "-(y)le"/"-(y)la" (with) and "-ya"/"-ye" (to) are words in a lexicon
    # built from text cut at apostrophes; "ya" (or) is a word of its own too
    assert segment_suffixing("siyasetleriyleistilayaçalıştılar", "tr", Counter()) == [
        "siyasetleriyle", "istilaya", "çalıştılar"]
    assert segment_suffixing("kardeşleriylebirlikteyaşadılar", "tr", Counter()) == [
        "kardeşleriyle", "birlikte", "yaşadılar"]
    assert segment_suffixing("yabugünyadayarıngelecekler", "tr", Counter())[:2] == ["ya", "bugün"]


def test_a_squashed_turkish_run_without_the_commonest_words_splits_where_most_letters_are_words():
    # no "ve" or "bir" to vouch for it, but its words are known; a capital
    # after a small letter opens a name
    # (in an ordinary line such a run stays whole, short of the length no
    # word has)
    assert segment_suffixing("bizzatyakındanmuttalioldum", "tr", Counter()) is None
    from temize.passes.respace import segment_squashed_suffixing
    assert segment_squashed_suffixing("bizzatyakındanmuttalioldum", "tr", Counter()) == [
        "bizzat", "yakından", "muttali", "oldum"]
    assert segment_squashed_suffixing("olduğunabizzatyakındanmuttalioldum", "tr", Counter()) == [
        "olduğuna", "bizzat", "yakından", "muttali", "oldum"]
    assert segment_squashed_suffixing("GaziPaşamızınİstanbul", "tr", Counter()) == ["Gazi", "Paşamızın", "İstanbul"]
    # a long word of its own is left whole
    assert segment_squashed_suffixing("muvaffakiyetsizliklerinden", "tr", Counter()) is None


def test_a_turkish_run_longer_than_any_word_splits_without_the_commonest_words():
    # thirty letters and more are no word; known words make up most of it
    assert segment_suffixing("kalmakşartıylaaltıncımaddededâhilindemilliyetesaslarına", "tr", Counter()) == [
        "kalmak", "şartıyla", "altıncı", "maddede", "dâhilinde", "milliyet", "esaslarına"]
    # a word as long, its stem unknown to the lexicon, stays whole
    assert segment_suffixing("Çekoslovakyalılaştıramadıklarımızdanmışsınız", "tr", Counter()) is None
    # and a run of mostly unknown stretches stays as it is
    assert segment_suffixing("musarrahmahfuzhudutmüstameresinmümtaziyet", "tr", Counter()) is None


def test_an_ordinary_line_broken_into_a_line_that_lost_its_spaces_is_split_across_the_hyphen():
    # the run starts on an ordinary line ("Exe-") and goes on in a line with
    # no spaces left: the squashed line decides how the whole run is read
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, and we have",
        "in a previous publication presented a method called the Constant Exe-",
        "cutionTimeEvictionScheduler(CETES).",
        "It is used in many places in this text and in the work of others, as we show below.")
    assert "the Constant Execution Time Eviction Scheduler (CETES)." in joined


def test_a_long_run_may_hold_one_rare_word_among_common_ones():
    parts = segment("Normalizationandtokenizationwasperformedusingscriptsdistributedfromthe", ("en",),
                    None, 1.0, acronyms=True)
    assert parts == ["Normalization", "and", "tokenization", "was", "performed", "using", "scripts",
                     "distributed", "from", "the"]
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "Normalizationandtokenizationwasperformedusingscriptsdistributedfromthe",
        "organisers of the shared task, with a few changes of our own for the punctuation marks.")
    assert "Normalization and tokenization was performed using scripts distributed from the organisers" in joined


def test_a_word_before_an_acronym_inside_a_run_is_a_word_of_its_own():
    # "Because" + "CFL" + "ordering": the capitals do not end the run, so
    # no name ending in capitals ("OpenCV") stands there
    assert segment("BecauseCFLorderingmixesupcolorandflavor", ("en",), None, 1.0, acronyms=True)[:3] \
        == ["Because", "CFL", "ordering"]
    assert segment("wesetitupwithOpenCV", ("en",), None, 1.0, acronyms=True)[-1] == "OpenCV"


def test_a_capital_standing_alone_in_a_run_is_a_word_of_its_own():
    assert segment("partialobserverBtreatedquantummechanicallyand", ("en",), None, 1.0, acronyms=True) \
        == ["partial", "observer", "B", "treated", "quantum", "mechanically", "and"]
    assert segment("incombinationwiththeX", ("en",), None, 1.0, acronyms=True)[-2:] == ["the", "X"]
    assert segment("applyingaffinewarpingusingOpenCV", ("en",), None, 1.0, acronyms=True)[-1] == "OpenCV"
    # the English "I" (whose Turkish lower case is "ı"): a word at a run's start too
    assert segment("Ihadsomehopethatdeepinelasticscattering", ("en",), None, 1.0, acronyms=True)[:3] \
        == ["I", "had", "some"]


def test_a_short_word_ending_a_short_run_proves_nothing_where_many_words_end_so():
    # "on", "er" and "a" end many words; "of" hardly any
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "Phases between multiparton states, and the Facultyof Arts, with Figurea in the text here.",
        "It is used in many places in this text and in the work of others, as we show below.")
    assert "between multiparton states" in joined
    assert "with Figurea in" in joined
    assert "the Faculty of Arts" in joined


def test_a_known_turkish_word_with_endings_after_it_stays_one_word():
    # the lexicon lacks most inflected forms: "kaybetmem" is in it,
    # "kaybetmemesini" is not, and "düşman" + "lar" + "ımız" + "dır" is none
    # of its words; neither is cut where a known stem ends
    own: Counter = Counter()
    assert segment_suffixing("bugünküistisnaimevkiinikaybetmemesiniçoktemenniettim", "tr", own) \
        == ["bugünkü", "istisnai", "mevkiini", "kaybetmemesini", "çok", "temenni", "ettim"]
    assert segment_suffixing("birtakımdâhilîdüşmanlarımızdırvebunlarcihannazarında", "tr", own) \
        == ["birtakım", "dâhilî", "düşmanlarımızdır", "ve", "bunlar", "cihan", "nazarında"]


def test_a_run_of_ten_letters_splits_in_a_turkish_line_that_lost_its_spaces():
    # set off by commas: "namusvehayat" is no word but three
    body = _turkish_body("Meclis bu konuyu uzun uzun tartıştı ve sonunda oylamaya geçildi, herkes hazırdı.",
                         "Buyüzdenherkesbilsinki,namusvehayat,uğrundaherşeyfedaedilmelidir.",
                         "Bunun için her fedakârlığı göze aldık ve almaya da devam edeceğiz arkadaşlar.")
    assert "bilsin ki, namus ve hayat, uğrunda" in body


def test_a_short_squashed_turkish_run_splits_where_all_its_letters_are_words():
    from temize.passes.respace import segment_squashed_suffixing
    # shorter than a long word, but every piece is a known word
    assert segment_squashed_suffixing("Bununüzerinemakam", "tr", Counter()) == ["Bunun", "üzerine", "makam"]
    # an unknown piece in a run this short: left whole
    assert segment_squashed_suffixing("kuvvetlenmişler", "tr", Counter()) is None


def test_a_run_across_a_break_into_a_line_that_lost_its_spaces_is_split():
    # the hyphen is a split word's, though the glued line holds another;
    # and the run's halves are no words printed elsewhere for being here
    body = _turkish_body("Toplantıda konuşulanlar kısa sürede duyuldu ve binaenaleyh herkesin istiklal-i millî taraf-",
                         "tarıolduğuanlaşıldı.Bununüzerinebirmektupyazdıkvemakam-ısadareteilettik.",
                         "Bunun için her fedakârlığı göze aldık ve almaya da devam edeceğiz arkadaşlar.")
    assert "millî taraftarı olduğu anlaşıldı." in body


def test_a_run_after_a_kept_hyphen_at_a_line_start_is_split_too():
    # "Brest-" + "Litovsk…" keeps its hyphen (a capital after the break);
    # the run that opens the line after it is split like any other
    body = _turkish_body("Uzun süren görüşmelerin ardından iki ülkenin heyetleri kış ortasında Brest-",
                         "Litovskşehrindebirarayagelerekbarışşartlarınıuzunuzuntartıştılar.",
                         "Bunun için her fedakârlığı göze aldık ve almaya da devam edeceğiz arkadaşlar.")
    assert "Brest-Litovsk şehrinde" in body and "gelerek barış şartlarını uzun uzun tartıştılar." in body


def test_quotation_marks_in_a_line_that_lost_its_spaces_show_where_they_were():
    # a straight mark opens or closes by how many the block has had
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, and then",
        "severalgroupsstudiedthe\"memoryeffect\"(ME)inthesesamples,andalsothe\"pinning\"regime.",
        "It is used in many places in this text and in the work of others, as we show below.")
    assert 'studied the "memory effect" (ME) in these samples' in joined
    assert 'the "pinning" regime.' in joined
    body = _turkish_body("Azap duymamalıyım, ancak bizi öldüreceğiz diyenlere karşı ne yapacağımızı biliriz.",
                         "Onlarakarşı,“ölmeyeceğiz”diyeharbegirebilirizvebunuherkesbilmelidir.",
                         "Bunun için her fedakârlığı göze aldık ve almaya da devam edeceğiz arkadaşlar.")
    assert "karşı, “ölmeyeceğiz” diye" in body


def test_a_glued_form_web_text_put_into_the_lexicon_is_still_split():
    # "wehave" and "thefirst" are rare entries of the lexicon; their words
    # are far likelier, while a rare word such as "codebook" is not
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "Wehave confirmed it, and thefirst test kept the codebook of the earlier study as it was.",
        "It is used in many places in this text and in the work of others, as we show below.")
    assert "We have confirmed it, and the first test kept the codebook" in joined


def test_a_word_glued_to_a_names_ending_is_cut_after_the_ending():
    # in a line that lost its spaces; a name's own chain of endings stays
    body = _turkish_body("Meclis bu konuyu uzun uzun tartıştı ve sonunda oylamaya geçildi, herkes hazırdı.",
                         "Bugünhepberaberbuyoldayürüyeceğiz,heyetİstanbul'agelmemiş,Ankara'dakilerbekliyor.",
                         "Bunun için her fedakârlığı göze aldık ve almaya da devam edeceğiz arkadaşlar.")
    assert "heyet İstanbul'a gelmemiş, Ankara'dakiler bekliyor." in body


def test_a_known_turkish_stem_whose_last_consonant_softened_before_an_ending_stays_one_word():
    # "çalışmak" + "a" is "çalışmağa", "maksat" + "ım" is "maksadım"
    assert segment_suffixing("milletolarakçalışmağamecburdurvemaksadımbudur", "tr", Counter()) == [
        "millet", "olarak", "çalışmağa", "mecburdur", "ve", "maksadım", "budur"]


def _numbered(titles: list[str]) -> list[str]:
    para = ("Bu bölümde konunun arka planı ele alınır ve sonraki bölümler için gerekli olan temel "
            "kavramlar kısaca tanıtılır, böylece okur metnin geri kalanını kolayca izleyebilir.\n")
    out = recover("".join(t + "\n" + para + "\n" for t in titles), lang="tr").to_dict()
    return [b["text"] for b in out["body"] if b["type"] == "heading"]


def test_a_headings_number_glued_to_its_title_is_set_apart():
    # pypdf dropped the space after a title's number, set in large type,
    # in a document that shows no other symptom: its other titles numbered
    # the same way have it
    assert _numbered(["1.Giriş", "2. Yöntem ve Kaynaklar", "3. Sonuç"]) == [
        "1. Giriş", "2. Yöntem ve Kaynaklar", "3. Sonuç"]


def test_titles_printed_with_no_space_after_their_numbers_stay_so():
    assert _numbered(["1-Giriş", "2-Yöntem ve Kaynaklar"]) == ["1-Giriş", "2-Yöntem ve Kaynaklar"]


def test_a_run_glued_in_a_line_that_lost_its_spaces_is_no_word_of_the_document():
    # "facerecognition" stands alone between punctuation in one squashed
    # line: that makes it no word the document prints, and the run of the
    # next squashed line that holds it splits there too
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "facerecognition,featureaveragingforactionrecognitionandmeanpoolingforcaptioning.",
        "Inthispaper,facerecognitiononanumberofbenchmarksisstudiedwithcareandattention.")
    assert joined.count("face recognition") == 2


def test_a_name_printed_in_a_line_that_lost_its_spaces_stays_the_documents_word():
    # "Chacaltaya" is no run of common words: printed alone (between
    # brackets) it is the document's word, and a run holding it splits there
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "Theobservatory(Chacaltaya)wasusedforthemeasurementsofthecosmicrayflux.",
        "WerepeatedthemeasurementsattheChacaltayaobservatoryinthenextwinter.")
    assert "at the Chacaltaya observatory in the next winter" in joined


def test_a_compound_broken_at_a_line_that_lost_its_spaces_keeps_its_hyphen():
    # "survey-" + "modefacilities…": the hyphen was judged against the run
    # the next line opens with; split, the run shows the compound's word
    joined = _recovered_with_a_squashed_line(
        "The method was tested on several public datasets with good results overall, as we show.",
        "Thetelescopesareusedinlongersurveymodesbymanyteamsandpuresurvey-",
        "modefacilitiesalsodosomeofthisscienceforthecommunityasawhole.")
    assert "pure survey-mode facilities also do some of this science" in joined


def _heading_texts(titles: list[str]) -> list[str]:
    prose = ("The text under this title runs on for a while in plain words, and it says what the section "
             "is about before the next title comes.")
    text = "\n".join(f"{k}. {t}\n{prose}\n" for k, t in enumerate(titles, 1))
    return [b["text"] for b in recover(text, lang="en").to_dict()["body"] if b["type"] == "heading"]


def test_title_words_run_together_in_headings_are_set_apart():
    # pypdf drops the spaces of a title in large type squeezed into a
    # narrow column; a glued word in small letters splits where it is two
    assert _heading_texts(["Introduction", "Description of theBenchmarkDataSets",
                           "From Running Coupling to QuantitativeUnificationtoSupersymmetry"]) == [
        "1. Introduction", "2. Description of the Benchmark Data Sets",
        "3. From Running Coupling to Quantitative Unification to Supersymmetry"]


def test_a_name_with_a_capital_inside_stays_where_no_heading_shows_glued_words():
    assert _heading_texts(["Introduction", "Using JavaScript in the Browser", "Results"]) == [
        "1. Introduction", "2. Using JavaScript in the Browser", "3. Results"]


def test_a_headings_glued_number_is_set_apart_where_its_words_ran_together_too():
    # every section title lost its spaces, number and all; the subsections'
    # numbers kept theirs: the glued ones are the extractor's doing
    prose = "Bu bölümün metni burada başlar, bir süre devam eder ve sonunda nokta ile biter.\n"
    text = ("1.KırşehirGençlerDerneği’ndeYaptığıKonuşma\n" + prose + "1.1. 24 Aralık 1919\n" + prose
            + "2.BüyükMilletMeclisi’ndeYaptığıKonuşma\n" + prose + "2.1. 24 Nisan 1920\n" + prose)
    heads = [b["text"] for b in recover(text, lang="tr").to_dict()["body"] if b["type"] == "heading"]
    assert heads == ["1. Kırşehir Gençler Derneği’nde Yaptığı Konuşma", "1.1. 24 Aralık 1919",
                     "2. Büyük Millet Meclisi’nde Yaptığı Konuşma", "2.1. 24 Nisan 1920"]



def test_the_number_of_a_heading_whose_own_title_words_ran_together_is_set_apart():
    # the document's one numbered title lost all its spaces: no other
    # title shows how numbers are set, but the lost spaces of its words
    # tell that the one after its number went with them
    prose = "Bu bölümün metni burada başlar, bir süre devam eder ve sonunda nokta ile biter.\n"
    text = "1.İzmir’deToplananTürkiyeİktisatKongresi’ninAçılışındaYaptığıKonuşma\n" + prose + prose
    heads = [b["text"] for b in recover(text, lang="tr").to_dict()["body"] if b["type"] == "heading"]
    assert heads == ["1. İzmir’de Toplanan Türkiye İktisat Kongresi’nin Açılışında Yaptığı Konuşma"]


def test_a_title_in_capitals_that_lost_its_spaces_splits_after_its_names_ending():
    # pypdf on a document whose lines lost their spaces, its titles set in
    # capitals: the ending an apostrophe sets off is in capitals too
    # ("DERNEĞİ’NDEYAPTIĞI"), and the number lost its space with the rest
    body = ("Bumemleketinbütünevlatlarıbirliktevebüyükbirgayretleçalışmaktadırlar.\n"
            "Milletinistiklaliiçinherkesüzerinedüşenvazifeyiyapmakmecburiyetindedir.\n")
    text = "1.KIRŞEHİRGENÇLERDERNEĞİ’NDEYAPTIĞIKONUŞMA\n" + body + "\n2.BÜYÜKMİLLETMECLİSİ’NDEYAPTIĞIKONUŞMA\n" + body
    heads = [b["text"] for b in recover(text, lang="tr").to_dict()["body"] if b["type"] == "heading"]
    assert heads == ["1. KIRŞEHİR GENÇLER DERNEĞİ’NDE YAPTIĞI KONUŞMA", "2. BÜYÜK MİLLET MECLİSİ’NDE YAPTIĞI KONUŞMA"]


def test_a_roman_number_glued_to_its_title_is_set_apart():
    assert _numbered(["I. Giriş", "II.Yöntem ve Kaynaklar", "III. Sonuç"]) == [
        "I. Giriş", "II. Yöntem ve Kaynaklar", "III. Sonuç"]


def test_a_roman_number_is_read_only_before_a_full_stop():
    # "I-V" opening a title is no section's number glued to its title
    from temize.passes.respace import NUMBER_BEFORE_TITLE
    assert NUMBER_BEFORE_TITLE.match("II.Supercooling").group("space") == ""
    assert NUMBER_BEFORE_TITLE.match("I-V Curves") is None
    assert NUMBER_BEFORE_TITLE.match("2-Yöntem").group("sep") == "-"
