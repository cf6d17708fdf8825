// A receipt painted as a PDF: the file is written, is a PDF, and its page is the 80 mm receipt
// paper; a file that cannot be written is refused with a sentence naming it.
#include <print/receiptprint.h>

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dojo;

namespace {

print::ReceiptSheet sheetWith(int lines)
{
    print::ReceiptSheet sheet;
    sheet.venue = QStringLiteral("Dojo Demo");
    sheet.title = QStringLiteral("Receipt 17");
    sheet.details = {QStringLiteral("Thursday, 3 December 2026"),
                     QStringLiteral("Guest: Bea Schmidt (member)")};
    for (int i = 0; i < lines; ++i) {
        sheet.lines.push_back({QStringLiteral("Table %1, 20:00–21:00, a label long enough to "
                                              "wrap onto a second line")
                                   .arg(i + 1),
                               i % 2 ? QString() : QStringLiteral("€12.00")});
    }
    sheet.totalLabel = QStringLiteral("Total");
    sheet.total = QStringLiteral("€12.00");
    return sheet;
}

} // namespace

class tst_ReceiptPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAPdf_data();
    void writesAPdf();
    void paintsOnAnyPage();
    void refusesAFileItCannotWrite();

private:
    QMap<int, double> m_lengths; // the paper's length in points, by the number of lines
};

void tst_ReceiptPrint::writesAPdf_data()
{
    QTest::addColumn<int>("lines");
    QTest::newRow("one line") << 1;
    QTest::newRow("many lines") << 12;
}

void tst_ReceiptPrint::writesAPdf()
{
    QFETCH(int, lines);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("receipt.pdf"));
    const Result<void> written = print::writeReceiptPdf(sheetWith(lines), path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 1000);
    // One page, 80 mm wide: 226.77 points.
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page "), qsizetype(1));
    const QRegularExpressionMatch box
        = QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
              .match(QString::fromLatin1(bytes));
    QVERIFY2(box.hasMatch(), "the page has no size");
    QVERIFY2(qAbs(box.captured(1).toDouble() - 80.0 / 25.4 * 72) < 1.0,
             qPrintable(box.captured(0)));
    m_lengths.insert(lines, box.captured(2).toDouble());
    // More lines, longer paper.
    if (m_lengths.size() == 2)
        QVERIFY(m_lengths.last() > m_lengths.first());
}

void tst_ReceiptPrint::paintsOnAnyPage()
{
    // An A4 page (a printer without receipt paper) takes it too, scaled down only if needed.
    QTemporaryDir folder;
    QPdfWriter writer(folder.filePath(QStringLiteral("a4.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    const Result<void> painted = print::paintReceipt(writer, sheetWith(3));
    QVERIFY2(painted, qPrintable(painted ? QString() : painted.error()));
    QVERIFY(QFileInfo(folder.filePath(QStringLiteral("a4.pdf"))).size() > 1000);
}

void tst_ReceiptPrint::refusesAFileItCannotWrite()
{
    const QString path = QStringLiteral("/nonexistent-folder/receipt.pdf");
    const Result<void> written = print::writeReceiptPdf(sheetWith(1), path);
    QVERIFY(!written);
    QVERIFY2(written.error().contains(path), qPrintable(written.error()));
}

QTEST_MAIN(tst_ReceiptPrint)
#include "tst_receiptprint.moc"
