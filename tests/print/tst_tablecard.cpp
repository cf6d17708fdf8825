#include <print/qrcode.h>
#include <print/tablecard.h>
#include <support/qrreading.h>
#include <support/resulterror.h>

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>

Q_DECLARE_METATYPE(dojo::print::CardLayout)

using namespace dojo;
using dojo::testsupport::errorOf;

namespace {

// A join address as the live server makes it: the table's name percent-encoded, a token.
QString joinUrl(const QString &host, const QString &table, const QString &token)
{
    return QStringLiteral("http://") + host + QStringLiteral("/t/")
           + QString::fromLatin1(QUrl::toPercentEncoding(table)) + QStringLiteral("?k=") + token;
}

QString withoutScheme(const QString &url)
{
    return url.mid(url.indexOf(QStringLiteral("://")) + 3);
}

print::TableCard card(const QString &table, const QString &url)
{
    return {QStringLiteral("Dojo Demo"), table, url, withoutScheme(url)};
}

// The pages of a PDF: its page objects ("/Type /Page", never "/Type /Pages").
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

// The dark pixels' bounding box inside the rows from top to bottom.
QRect darkBox(const QImage &grey, int top, int bottom)
{
    QRect box;
    for (int y = std::max(0, top); y < std::min(grey.height(), bottom); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (line[x] < 128)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

} // namespace

class tst_TableCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qrCodeReadsBack_data();
    void qrCodeReadsBack();
    void cardPngReadsBack_data();
    void cardPngReadsBack();
    void pdfPages_data();
    void pdfPages();
    void refusals_data();
    void refusals();
    void pictureForAPerson();

private:
    void addUrlRows();
};

void tst_TableCard::addUrlRows()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("url");
    QTest::newRow("short") << QStringLiteral("Table 1")
                           << joinUrl(QStringLiteral("10.0.0.2:8080"), QStringLiteral("Table 1"),
                                      QStringLiteral("a1"));
    // 22 characters: a 128-bit token in base64url.
    const QString token = QString::fromLatin1(
        QByteArray::fromHex("8f1e03c2d94b7a6605e1f3b2c87d4e19")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QCOMPARE(token.size(), 22);
    QTest::newRow("long token") << QStringLiteral("Table 12")
                                << joinUrl(QStringLiteral("192.168.100.200:8080"),
                                           QStringLiteral("Table 12"), token);
    QTest::newRow("non-ASCII name") << QStringLiteral("Mesa número 3 — Größe")
                                    << joinUrl(QStringLiteral("192.168.1.20:8080"),
                                               QStringLiteral("Mesa número 3 — Größe"), token);
}

void tst_TableCard::qrCodeReadsBack_data()
{
    addUrlRows();
}

void tst_TableCard::qrCodeReadsBack()
{
    QFETCH(QString, url);
    const Result<print::QrCode> code = print::qrCode(url.toUtf8());
    QVERIFY2(code, qPrintable(errorOf(code)));
    QVERIFY(code->size >= 21);
    QCOMPARE(code->dark.size(), size_t(code->size) * size_t(code->size));
    // The finder pattern's corner is dark, the module inside its white ring light.
    QVERIFY(code->isDark(0, 0));
    QVERIFY(!code->isDark(1, 1));

    const int pixels = 4;
    const int quiet = 4;
    const QImage image = print::qrImage(*code, pixels, quiet);
    QCOMPARE(image.width(), (code->size + 2 * quiet) * pixels);
    QCOMPARE(image.height(), image.width());
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(image.pixelColor(quiet * pixels, quiet * pixels), QColor(Qt::black));

    const Result<QString> read = testsupport::readQrCode(image);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(*read, url);
}

void tst_TableCard::cardPngReadsBack_data()
{
    addUrlRows();
}

void tst_TableCard::cardPngReadsBack()
{
    QFETCH(QString, table);
    QFETCH(QString, url);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("card.png"));
    const int dpi = 300;
    const Result<void> written = print::writeCardPng(card(table, url), file, dpi);
    QVERIFY2(written, qPrintable(errorOf(written)));

    const QImage image(file);
    QVERIFY(!image.isNull());
    const double pixelsPerMm = dpi / 25.4;
    QCOMPARE(image.width(), int(std::lround(print::kCardWidthMm * pixelsPerMm)));
    QCOMPARE(image.height(), int(std::lround(print::kCardHeightMm * pixelsPerMm)));
    QCOMPARE(image.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));

    const Result<QString> read = testsupport::readQrCode(image);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(*read, url);

    // The code with its quiet zone is at least 60 mm wide on the card.
    const Result<print::QrCode> code = print::qrCode(url.toUtf8());
    QVERIFY(code);
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const QRect codeBox = darkBox(grey, int(35 * pixelsPerMm), int(107 * pixelsPerMm));
    const double modulePixels = double(codeBox.width()) / code->size;
    QVERIFY2(std::abs(codeBox.width() - codeBox.height()) <= 1,
             qPrintable(QStringLiteral("%1 x %2").arg(codeBox.width()).arg(codeBox.height())));
    QCOMPARE(modulePixels, std::round(modulePixels)); // whole pixels a module: crisp squares
    const double withQuietZoneMm = (code->size + 8) * modulePixels / pixelsPerMm;
    QVERIFY2(withQuietZoneMm >= 60.0, qPrintable(QString::number(withQuietZoneMm)));

    QCOMPARE(print::cardImage(card(table, url), dpi).size(), image.size());
}

void tst_TableCard::pdfPages_data()
{
    QTest::addColumn<int>("cards");
    QTest::addColumn<print::CardLayout>("layout");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QSizeF>("pageSizeMm");
    const QSizeF a6(105, 148);
    const QSizeF a4(210, 297);
    QTest::newRow("one card, one page") << 1 << print::CardLayout::OnePerPage << 1 << a6;
    QTest::newRow("five cards, five pages") << 5 << print::CardLayout::OnePerPage << 5 << a6;
    QTest::newRow("four cards, one sheet") << 4 << print::CardLayout::Sheet << 1 << a4;
    QTest::newRow("five cards, two sheets") << 5 << print::CardLayout::Sheet << 2 << a4;
}

void tst_TableCard::pdfPages()
{
    QFETCH(int, cards);
    QFETCH(print::CardLayout, layout);
    QFETCH(int, pages);
    QFETCH(QSizeF, pageSizeMm);
    std::vector<print::TableCard> tableCards;
    for (int i = 1; i <= cards; ++i) {
        const QString table = QStringLiteral("Table %1").arg(i);
        tableCards.push_back(card(table, joinUrl(QStringLiteral("192.168.1.20:8080"), table,
                                                 QStringLiteral("k%1").arg(i))));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("cards.pdf"));
    const Result<void> written = print::writeCardsPdf(tableCards, layout, file);
    QVERIFY2(written, qPrintable(errorOf(written)));

    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray content = pdf.readAll();
    QVERIFY(content.startsWith("%PDF"));
    QCOMPARE(pdfPageCount(content), pages);
    // Every page's MediaBox, in points, is the layout's paper.
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    int boxes = 0;
    for (auto it = mediaBox.globalMatch(QString::fromLatin1(content)); it.hasNext(); ++boxes) {
        const QRegularExpressionMatch match = it.next();
        const double widthMm = match.captured(1).toDouble() * 25.4 / 72;
        const double heightMm = match.captured(2).toDouble() * 25.4 / 72;
        QVERIFY2(std::abs(widthMm - pageSizeMm.width()) < 1.0, qPrintable(match.captured(0)));
        QVERIFY2(std::abs(heightMm - pageSizeMm.height()) < 1.0, qPrintable(match.captured(0)));
    }
    QVERIFY(boxes >= 1);
}

void tst_TableCard::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("PNG in a missing folder") << QStringLiteral("png-missing-folder");
    QTest::newRow("PDF in a missing folder") << QStringLiteral("pdf-missing-folder");
    QTest::newRow("text too long for a QR code") << QStringLiteral("qr-too-long");
    QTest::newRow("card address too long, PNG") << QStringLiteral("png-too-long");
    QTest::newRow("card address too long, PDF") << QStringLiteral("pdf-too-long");
    QTest::newRow("no cards") << QStringLiteral("pdf-no-cards");
    QTest::newRow("no resolution") << QStringLiteral("png-zero-dpi");
}

void tst_TableCard::refusals()
{
    QFETCH(QString, what);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString url = joinUrl(QStringLiteral("10.0.0.2:8080"), QStringLiteral("Table 1"),
                                QStringLiteral("abc"));
    const print::TableCard fine = card(QStringLiteral("Table 1"), url);
    const QString tooLong = url + QStringLiteral("&pad=") + QString(8000, QLatin1Char('x'));
    const print::TableCard overlong = card(QStringLiteral("Table 1"), tooLong);
    const QString missing = dir.filePath(QStringLiteral("no such folder/card"));
    const QString inDir = dir.filePath(QStringLiteral("card"));

    QString file;
    QString error;
    if (what == QLatin1String("png-missing-folder")) {
        file = missing + QStringLiteral(".png");
        error = errorOf(print::writeCardPng(fine, file));
    } else if (what == QLatin1String("pdf-missing-folder")) {
        file = missing + QStringLiteral(".pdf");
        error = errorOf(print::writeCardsPdf({fine}, print::CardLayout::OnePerPage, file));
    } else if (what == QLatin1String("qr-too-long")) {
        error = errorOf(print::qrCode(QByteArray(8000, 'x')));
    } else if (what == QLatin1String("png-too-long")) {
        file = inDir + QStringLiteral(".png");
        error = errorOf(print::writeCardPng(overlong, file));
        QVERIFY(print::cardImage(overlong).isNull());
    } else if (what == QLatin1String("pdf-too-long")) {
        file = inDir + QStringLiteral(".pdf");
        error = errorOf(print::writeCardsPdf({fine, overlong}, print::CardLayout::Sheet, file));
    } else if (what == QLatin1String("pdf-no-cards")) {
        file = inDir + QStringLiteral(".pdf");
        error = errorOf(print::writeCardsPdf({}, print::CardLayout::Sheet, file));
    } else if (what == QLatin1String("png-zero-dpi")) {
        file = inDir + QStringLiteral(".png");
        error = errorOf(print::writeCardPng(fine, file, 0));
        QVERIFY(print::cardImage(fine, 0).isNull());
    }
    QVERIFY2(!error.isEmpty(), qPrintable(what));
    // One sentence: a capital, a full stop at the end.
    QVERIFY2(error.front().isUpper() && error.endsWith(QLatin1Char('.')), qPrintable(error));
    if (!file.isEmpty())
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
}

void tst_TableCard::pictureForAPerson()
{
    // For a person to look at: a card and a sheet in the build folder.
    const QString url = joinUrl(QStringLiteral("192.168.1.20:8080"), QStringLiteral("Table 1"),
                                QStringLiteral("Jx3kq0Vb9sPZ2mW7yTn4aQ"));
    const print::TableCard one = card(QStringLiteral("Table 1"), url);
    const Result<void> png
        = print::writeCardPng(one, QStringLiteral(DOJO_BUILD_DIR "/table-card.png"));
    QVERIFY2(png, qPrintable(errorOf(png)));
    // A long name, percent-encoded in a long address: both shrink to fit the card.
    const QString name = QStringLiteral("Mesa número 3 — Größe Königstisch");
    const print::TableCard longOne
        = card(name, joinUrl(QStringLiteral("192.168.100.200:8080"), name,
                             QStringLiteral("Jx3kq0Vb9sPZ2mW7yTn4aQ")));
    const Result<void> longPng
        = print::writeCardPng(longOne, QStringLiteral(DOJO_BUILD_DIR "/table-card-long.png"));
    QVERIFY2(longPng, qPrintable(errorOf(longPng)));
    std::vector<print::TableCard> cards;
    for (int i = 1; i <= 5; ++i) {
        const QString table = QStringLiteral("Table %1").arg(i);
        cards.push_back(card(table, joinUrl(QStringLiteral("192.168.1.20:8080"), table,
                                            QStringLiteral("Jx3kq0Vb9sPZ2mW7yTn4a%1").arg(i))));
    }
    const Result<void> pdf = print::writeCardsPdf(
        cards, print::CardLayout::Sheet, QStringLiteral(DOJO_BUILD_DIR "/table-cards-sheet.pdf"));
    QVERIFY2(pdf, qPrintable(errorOf(pdf)));
}

QTEST_MAIN(tst_TableCard)

#include "tst_tablecard.moc"
