from temize import recover

# A first page whose Turkish abstract sat in a frame that the extractor
# read after the page's footer: the label stands over the first section.
FRAMED = """12

Öz

1. Giriş
Kasabanın çarşısı on dokuzuncu yüzyılın ortasında yeniden kurulmuş, dükkânların çoğu
taştan yapılmıştır. Bu bölümde çarşının planı ve esnafın dağılımı ele alınmaktadır.
Çarşının kuzey kapısı eski kervan yolunun üzerine açılır ve hanlar bu kapının
çevresinde toplanmıştır.

Doğu Kentleri Dergisi, Cilt 4, Sayı 2 (2021)

Doğu Kentleri Dergisi - 2021

Bu çalışmada küçük bir Anadolu kasabasının çarşısı, vakıf kayıtları ve eski
fotoğraflar üzerinden incelenmektedir. Çarşının planı, dükkânların sahipleri ve
esnafın meslekleri yüzyıl boyunca izlenmiş, kasabanın ticaret hayatındaki değişim
ortaya konulmuştur.
Anahtar Kelimeler: Çarşı, Esnaf, Vakıf
\f13

Hanların avlularında yük hayvanları dinlenir, tüccarlar mallarını burada
saklardı. Çarşının güney ucunda ise bedesten yer alırdı.

Doğu Kentleri Dergisi, Cilt 4, Sayı 2 (2021)

Doğu Kentleri Dergisi - 2021
\f14

Bedestenin kapıları akşam ezanıyla kapanır, anahtarları kethüdaya teslim edilirdi.
Çarşının bekçileri geceleri sokakları dolaşır, dükkânları kontrol ederdi.

Doğu Kentleri Dergisi, Cilt 4, Sayı 2 (2021)

Doğu Kentleri Dergisi - 2021
"""

BLOCK = ("Bu çalışmada küçük bir Anadolu kasabasının çarşısı, vakıf kayıtları ve eski fotoğraflar üzerinden "
         "incelenmektedir.")


def _abstract(out, lang):
    return next(a["text"] for a in out["abstracts"] if a["lang"] == lang)


def test_an_empty_labels_text_set_after_the_pages_footer_becomes_its_abstract():
    out = recover(FRAMED, lang="tr").to_dict()
    assert _abstract(out, "tr").startswith(BLOCK)
    assert _abstract(out, "tr").endswith("ticaret hayatındaki değişim ortaya konulmuştur.")
    body = " ".join(b["text"] for b in out["body"])
    assert "Bu çalışmada" not in body
    assert "Kasabanın çarşısı" in body and "Hanların avlularında" in body
    assert out["keywords"][0]["terms"] == ["Çarşı", "Esnaf", "Vakıf"]


def test_a_label_at_the_pages_end_takes_the_text_above_its_list_not_the_next_page():
    # the label itself came out after the footer, the text before it, under
    # the other abstract's keyword list
    text = """7

Abstract
The bazaar of a small Anatolian town is studied here through the records of its
pious foundations and through old photographs, and its shops are followed for a century.
Keywords: Bazaar, Guilds, Foundations
Bu çalışmada küçük bir Anadolu kasabasının çarşısı, vakıf kayıtları ve eski
fotoğraflar üzerinden incelenmektedir. Çarşının planı, dükkânların sahipleri ve
esnafın meslekleri yüzyıl boyunca izlenmiştir.
Anahtar Kelimeler: Çarşı, Esnaf, Vakıf

1. Introduction
The bazaar was rebuilt in the middle of the nineteenth century, and most of its shops
are built of stone. This section describes its plan and the trades that kept shop there.

Eastern Towns Review, Vol. 4, No. 2 (2021)

Eastern Towns Review - 2021

Öz
\f8

The caravanserais stood around the northern gate, on the old caravan road, and the
merchants kept their goods in their courtyards.

Eastern Towns Review, Vol. 4, No. 2 (2021)

Eastern Towns Review - 2021
"""
    out = recover(text, lang="en").to_dict()
    assert _abstract(out, "tr").startswith(BLOCK)
    assert "caravanserais" not in _abstract(out, "tr")
    body = " ".join(b["text"] for b in out["body"])
    assert "The caravanserais stood around the northern gate" in body and "Bu çalışmada" not in body


def test_a_labels_wrongly_taken_lines_go_back_to_the_body():
    # the label stood over the body's first lines (no heading between), and
    # the abstract's own text came after the footer
    text = FRAMED.replace("Öz\n\n1. Giriş\n", "Öz\n\n")
    out = recover(text, lang="tr").to_dict()
    assert _abstract(out, "tr").startswith(BLOCK)
    body = " ".join(b["text"] for b in out["body"])
    assert "Kasabanın çarşısı on dokuzuncu yüzyılın ortasında" in body


def test_an_abstract_that_runs_into_its_list_is_left_alone():
    text = """12

Öz
Bu çalışmada küçük bir Anadolu kasabasının çarşısı, vakıf kayıtları ve eski
fotoğraflar üzerinden incelenmektedir. Çarşının planı, dükkânların sahipleri ve
esnafın meslekleri yüzyıl boyunca izlenmiştir.
Anahtar Kelimeler: Çarşı, Esnaf, Vakıf

1. Giriş
Kasabanın çarşısı on dokuzuncu yüzyılın ortasında yeniden kurulmuş, dükkânların çoğu
taştan yapılmıştır. Bu bölümde çarşının planı ve esnafın dağılımı ele alınmaktadır.
"""
    doc = recover(text, lang="tr")
    assert not any(n.startswith("displaced_abstracts") for n in doc.notes)
    assert doc.to_dict()["abstracts"][0]["text"].startswith(BLOCK)


def test_a_block_on_another_page_is_no_abstract():
    # the keyword list of the empty label's language is on the next page:
    # what stands above it there is that page's text
    text = FRAMED.replace("Anahtar Kelimeler: Çarşı, Esnaf, Vakıf\n\f13\n", "\f13\n").replace(
        "saklardı. Çarşının güney ucunda ise bedesten yer alırdı.\n",
        "saklardı. Çarşının güney ucunda ise bedesten yer alırdı.\nAnahtar Kelimeler: Çarşı, Esnaf, Vakıf\n", 1)
    doc = recover(text, lang="tr")
    assert not any(n.startswith("displaced_abstracts") for n in doc.notes)
    assert "Hanların avlularında" in " ".join(b["text"] for b in doc.to_dict()["body"])


def test_an_abstract_a_margin_header_splits_stays_whole():
    # the journal's name printed sideways in the margin comes out between
    # two lines of the abstract: the text below it goes on from the text above
    text = """12

Öz
Bu çalışmada küçük bir Anadolu kasabasının çarşısı, vakıf kayıtları ve eski
fotoğraflar üzerinden incelenmektedir. Çarşının planı, dükkânların sahipleri ve
Doğu Kentleri Dergisi - 2021
esnafın meslekleri yüzyıl boyunca izlenmiş, kasabanın ticaret hayatındaki değişim
ortaya konulmuştur. Vakıf kayıtları dükkânların kiralarını, onarımlarını ve el
değiştirdikleri yılları da gösterir.
Anahtar Kelimeler: Çarşı, Esnaf, Vakıf

1. Giriş
Kasabanın çarşısı on dokuzuncu yüzyılın ortasında yeniden kurulmuş, dükkânların çoğu
taştan yapılmıştır. Bu bölümde çarşının planı ve esnafın dağılımı ele alınmaktadır.
\f13

Hanların avlularında yük hayvanları dinlenir, tüccarlar mallarını burada
saklardı. Çarşının güney ucunda ise bedesten yer alırdı.
Doğu Kentleri Dergisi - 2021
\f14

Bedestenin kapıları akşam ezanıyla kapanır, anahtarları kethüdaya teslim edilirdi.
Doğu Kentleri Dergisi - 2021
\f15

Çarşının bekçileri geceleri sokakları dolaşır, dükkânları kontrol ederdi.
Doğu Kentleri Dergisi - 2021
"""
    out = recover(text, lang="tr").to_dict()
    abstract = _abstract(out, "tr")
    assert abstract.startswith(BLOCK) and abstract.endswith("yılları da gösterir.")
    assert "Doğu Kentleri" not in abstract
