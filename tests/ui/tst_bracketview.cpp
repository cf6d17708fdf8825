// The bracket drawn and moved through by keys: a double elimination of twelve players with the
// first results in (screenshot bracket-12.png, the whole picture; bracket-12-view.png, the view
// at 100 %), round robin and Swiss laid out as rounds with their standings, and every match a
// box of its own that nothing else covers.

#include <tournaments/bracketlayout.h>
#include <tournaments/bracketpainter.h>
#include <tournaments/bracketprint.h>
#include <tournaments/bracketview.h>
#include <tournaments/tournamenttext.h>

#include <venue/bracket.h>
#include <venue/tournament.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace dojo;
using venue::BracketFormat;

namespace {

const QStringList kNames{
    QStringLiteral("Ana Ruiz"),      QStringLiteral("Ben Okafor"),   QStringLiteral("Cy Lindqvist"),
    QStringLiteral("Dee Marchetti"), QStringLiteral("Eve Tanaka"),   QStringLiteral("Fay Morgan"),
    QStringLiteral("Gus Novak"),     QStringLiteral("Hal Brennan"),  QStringLiteral("Ivy Castillo"),
    QStringLiteral("Jo Whitfield"),  QStringLiteral("Kai Mendes"),   QStringLiteral("Lou Hartmann"),
    QStringLiteral("Max Duval"),     QStringLiteral("Nia Kowalski"), QStringLiteral("Oz Bakker"),
    QStringLiteral("Pia Santos")};

// A tournament of `players` with its draw made, seeded in the order of kNames.
venue::TournamentView tournamentOf(BracketFormat format, int players)
{
    venue::TournamentView view;
    view.tournament.id = 1;
    view.tournament.settings.name = QStringLiteral("Friday 9-Ball");
    view.tournament.settings.draw.format = format;
    view.tournament.settings.raceTo = 5;
    view.tournament.state = venue::TournamentState::Running;
    for (int index = 0; index < players; ++index) {
        venue::TournamentEntry entry;
        entry.id = 100 + index;
        entry.playerId = 200 + index;
        entry.name = kNames.at(index % kNames.size());
        entry.rating = 650 - 10 * index;
        entry.seed = index + 1;
        entry.state = venue::EntryState::CheckedIn;
        view.entries.push_back(entry);
        view.drawn.push_back(index);
    }
    const Result<venue::Bracket> draw = venue::planBracket(view.tournament.settings.draw, players);
    if (!draw)
        qFatal("%s", qPrintable(draw.error()));
    view.draw = *draw;
    return view;
}

// Plays `count` ready matches, the better seed winning 5 to the other's seed number mod 5.
void playReady(venue::TournamentView &view, int count)
{
    for (int played = 0; played < count; ++played) {
        const std::vector<int> ready = venue::readyMatches(view.draw);
        if (ready.empty())
            return;
        const venue::BracketMatch &match = view.draw.matches.at(size_t(ready.front()));
        const int a = *match.entrantA;
        const int b = *match.entrantB;
        const bool aWins = a < b;
        const int loserRacks = (aWins ? b : a) % 5;
        const Result<void> recorded = venue::recordResult(
            view.draw, match.id, aWins ? a : b, aWins ? 5 : loserRacks, aWins ? loserRacks : 5);
        if (!recorded)
            qFatal("%s", qPrintable(recorded.error()));
    }
}

QImage pictureOf(const venue::TournamentView &view, const ui::BracketLayout &layout,
                 const ui::BracketMarks &marks)
{
    QImage image(layout.size.toSize(), QImage::Format_ARGB32);
    image.fill(QColor(0xf5, 0xf7, 0xf8));
    QPainter painter(&image);
    ui::paintBracket(painter, view, layout, marks);
    painter.end();
    return image;
}

} // namespace

class tst_BracketView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyMatchHasABoxNothingCovers_data();
    void everyMatchHasABoxNothingCovers();
    void doubleEliminationOfTwelve();
    void printedOnAnA4Page();
    void winnersGoOnAlongTheLines();
    void arrowKeysMoveTheSelection();
    void enterAndTAskForTheSelectedMatch();
    void zoomsByKeys();
    void eachMatchHasASentence();
};

void tst_BracketView::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_BracketView::everyMatchHasABoxNothingCovers_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("players");
    QTest::addColumn<int>("played");
    QTest::newRow("single 8") << int(BracketFormat::SingleElimination) << 8 << 3;
    QTest::newRow("single 13") << int(BracketFormat::SingleElimination) << 13 << 5;
    QTest::newRow("double 4") << int(BracketFormat::DoubleElimination) << 4 << 2;
    QTest::newRow("double 12") << int(BracketFormat::DoubleElimination) << 12 << 9;
    QTest::newRow("double 16 played out") << int(BracketFormat::DoubleElimination) << 16 << 40;
    QTest::newRow("double 27") << int(BracketFormat::DoubleElimination) << 27 << 0;
    QTest::newRow("round robin 6") << int(BracketFormat::RoundRobin) << 6 << 7;
    QTest::newRow("swiss 10") << int(BracketFormat::Swiss) << 10 << 8;
}

void tst_BracketView::everyMatchHasABoxNothingCovers()
{
    QFETCH(int, format);
    QFETCH(int, players);
    QFETCH(int, played);
    venue::TournamentView view = tournamentOf(BracketFormat(format), players);
    playReady(view, played);
    const ui::BracketLayout layout = ui::layOutBracket(view);
    QCOMPARE(layout.boxes.size(), view.draw.matches.size());
    const QRectF picture(QPointF(0, 0), layout.size);
    for (const auto &[id, box] : layout.boxes) {
        QVERIFY2(picture.contains(box), qPrintable(ui::matchNumber(id)));
        for (const auto &[other, otherBox] : layout.boxes) {
            QVERIFY2(other == id || !box.intersects(otherBox),
                     qPrintable(QStringLiteral("%1 covers %2")
                                    .arg(ui::matchNumber(id), ui::matchNumber(other))));
        }
        for (const ui::BracketLayout::Heading &heading : layout.headings)
            QVERIFY2(!box.intersects(heading.rect),
                     qPrintable(QStringLiteral("%1 covers the heading %2")
                                    .arg(ui::matchNumber(id), heading.text)));
        QVERIFY(!box.intersects(layout.standings));
    }
    const bool rounds = BracketFormat(format) == BracketFormat::RoundRobin
                        || BracketFormat(format) == BracketFormat::Swiss;
    QCOMPARE(!layout.standings.isEmpty(), rounds);
    // The picture paints without a problem at any size.
    const QImage image = pictureOf(view, layout, {});
    QVERIFY(!image.isNull());
}

void tst_BracketView::doubleEliminationOfTwelve()
{
    venue::TournamentView view = tournamentOf(BracketFormat::DoubleElimination, 12);
    playReady(view, 9);
    view.tables[venue::readyMatches(view.draw).front()] = 3;
    const ui::BracketLayout layout = ui::layOutBracket(view);

    // The winners' bracket above the losers', the grand final right of both.
    double winnersBottom = 0;
    double losersTop = 1e9;
    double rightOfBrackets = 0;
    QRectF grandFinal;
    for (const venue::BracketMatch &match : view.draw.matches) {
        const QRectF box = layout.boxes.at(match.id);
        if (match.section == venue::BracketSection::Winners)
            winnersBottom = std::max(winnersBottom, box.bottom());
        if (match.section == venue::BracketSection::Losers)
            losersTop = std::min(losersTop, box.top());
        if (match.section == venue::BracketSection::Winners
            || match.section == venue::BracketSection::Losers)
            rightOfBrackets = std::max(rightOfBrackets, box.right());
        if (match.section == venue::BracketSection::GrandFinal)
            grandFinal = box;
    }
    QVERIFY(winnersBottom < losersTop);
    QVERIFY(!grandFinal.isNull());
    QVERIFY(grandFinal.left() > rightOfBrackets);
    QStringList headings;
    for (const ui::BracketLayout::Heading &heading : layout.headings)
        headings.append(heading.text);
    for (const QString &wanted :
         {QStringLiteral("Winners round 1"), QStringLiteral("Losers round 3"),
          QStringLiteral("Grand final"), QStringLiteral("Reset (if needed)")})
        QVERIFY2(headings.contains(wanted), qPrintable(headings.join(QStringLiteral(", "))));

    ui::BracketMarks marks;
    marks.selected = venue::readyMatches(view.draw).front();
    marks.tables[3] = QStringLiteral("Table 3");
    const QImage image = pictureOf(view, layout, marks);
    const QString path = QStringLiteral(DOJO_BUILD_DIR "/bracket-12.png");
    QVERIFY(image.save(path));
    qInfo("bracket: %s (%dx%d)", qPrintable(path), image.width(), image.height());

    ui::BracketView widget;
    widget.resize(1400, 900);
    widget.setTableNames(marks.tables);
    widget.setTournament(view);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.grab().save(QStringLiteral(DOJO_BUILD_DIR "/bracket-12-view.png")));
}

void tst_BracketView::printedOnAnA4Page()
{
    venue::TournamentView view = tournamentOf(BracketFormat::DoubleElimination, 12);
    playReady(view, 9);
    const ui::TableNames tables{{3, QStringLiteral("Table 3")}};
    // The page as it prints, at 150 dpi: A4 landscape inside margins of 10 mm.
    const double dpi = 150;
    const QSize page(qRound(277 / 25.4 * dpi), qRound(190 / 25.4 * dpi));
    QImage sheet(page, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    ui::paintBracketSheet(painter, QRectF(QPointF(0, 0), QSizeF(page)), dpi, view, tables);
    painter.end();
    // Something is drawn in each of the page's four quarters: the draw fills the page.
    for (const QRect quarter :
         {QRect(0, 0, page.width() / 2, page.height() / 2),
          QRect(page.width() / 2, 0, page.width() / 2, page.height() / 2),
          QRect(0, page.height() / 2, page.width() / 2, page.height() / 2),
          QRect(page.width() / 2, page.height() / 2, page.width() / 2, page.height() / 2)}) {
        bool inked = false;
        for (int y = quarter.top(); y <= quarter.bottom() && !inked; y += 3) {
            for (int x = quarter.left(); x <= quarter.right() && !inked; x += 3)
                inked = sheet.pixelColor(x, y).lightness() < 200;
        }
        QVERIFY(inked);
    }
    QVERIFY(sheet.save(QStringLiteral(DOJO_BUILD_DIR "/bracket-12-a4.png")));

    const QString pdf = QStringLiteral(DOJO_BUILD_DIR "/bracket-12.pdf");
    const Result<void> written = ui::writeBracketPdf(view, tables, pdf);
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    // A folder that is not there: refused with a sentence naming the file.
    const QString nowhere = QStringLiteral("/nonexistent-folder/bracket.pdf");
    const Result<void> refused = ui::writeBracketPdf(view, tables, nowhere);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(nowhere), qPrintable(refused.error()));
}

void tst_BracketView::winnersGoOnAlongTheLines()
{
    const venue::TournamentView view = tournamentOf(BracketFormat::DoubleElimination, 12);
    const ui::BracketLayout layout = ui::layOutBracket(view);
    // A line for every winner who goes on to a match, from that match's box to the next one's.
    int winnersOn = 0;
    for (const venue::BracketMatch &match : view.draw.matches) {
        for (const venue::MatchSlot &slot : {match.slotA, match.slotB}) {
            if (slot.from != venue::MatchSlot::From::WinnerOf)
                continue;
            ++winnersOn;
            const QRectF from = layout.boxes.at(slot.index);
            const QRectF to = layout.boxes.at(match.id);
            const auto line
                = std::find_if(layout.connectors.begin(), layout.connectors.end(),
                               [&](const ui::BracketLayout::Connector &c) {
                                   return c.from.x() == from.right() && c.to.x() == to.left()
                                          && to.top() <= c.to.y() && c.to.y() <= to.bottom();
                               });
            QVERIFY2(line != layout.connectors.end(), qPrintable(ui::matchNumber(match.id)));
            QVERIFY(from.right() < to.left()); // forward, never back across the picture
        }
    }
    QCOMPARE(int(layout.connectors.size()), winnersOn);
}

void tst_BracketView::arrowKeysMoveTheSelection()
{
    venue::TournamentView view = tournamentOf(BracketFormat::DoubleElimination, 12);
    playReady(view, 4);
    ui::BracketView widget;
    widget.resize(900, 600);
    widget.setTournament(view);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setFocus();
    QSignalSpy moved(&widget, &ui::BracketView::selectionChanged);

    // The first box is selected: top left, Winners round 1.
    const std::optional<int> first = widget.selectedMatch();
    QVERIFY(first);
    const QRectF firstBox = widget.layout().boxes.at(*first);
    for (const auto &[id, box] : widget.layout().boxes)
        QVERIFY(box.left() >= firstBox.left());

    QTest::keyClick(&widget, Qt::Key_Down);
    const std::optional<int> below = widget.selectedMatch();
    QVERIFY(below && below != first);
    const QRectF belowBox = widget.layout().boxes.at(*below);
    QCOMPARE(belowBox.left(), firstBox.left());
    QVERIFY(belowBox.top() > firstBox.bottom());

    QTest::keyClick(&widget, Qt::Key_Right);
    const std::optional<int> right = widget.selectedMatch();
    QVERIFY(right && right != below);
    QVERIFY(widget.layout().boxes.at(*right).left() > belowBox.right());

    QTest::keyClick(&widget, Qt::Key_Left);
    QVERIFY(widget.layout().boxes.at(*widget.selectedMatch()).left() == firstBox.left());
    QCOMPARE(moved.count(), 3);
    for (int step = 0; step < 3; ++step)
        QTest::keyClick(&widget, Qt::Key_Up);
    QCOMPARE(widget.selectedMatch(), first); // nothing above the first: it stays

    // Down all the way reaches the losers' bracket under the winners'.
    for (int step = 0; step < 20; ++step)
        QTest::keyClick(&widget, Qt::Key_Down);
    const venue::BracketMatch &bottom = view.draw.matches.at(size_t(*widget.selectedMatch()));
    QCOMPARE(int(bottom.section), int(venue::BracketSection::Losers));
    // The selection is kept in sight.
    QVERIFY(widget.viewport()->rect().intersects(widget.boxRect(*widget.selectedMatch())));
}

void tst_BracketView::enterAndTAskForTheSelectedMatch()
{
    venue::TournamentView view = tournamentOf(BracketFormat::SingleElimination, 8);
    playReady(view, 1);
    ui::BracketView widget;
    widget.resize(900, 600);
    widget.setTournament(view);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setFocus();
    QSignalSpy result(&widget, &ui::BracketView::resultRequested);
    QSignalSpy table(&widget, &ui::BracketView::nextTableRequested);
    QSignalSpy refused(&widget, &ui::BracketView::refused);

    const int played = [&view] {
        for (const venue::BracketMatch &match : view.draw.matches)
            if (match.played())
                return match.id;
        return -1;
    }();
    widget.selectMatch(played);
    QTest::keyClick(&widget, Qt::Key_Return);
    QCOMPARE(result.count(), 0);
    QCOMPARE(refused.count(), 1);

    const int ready = venue::readyMatches(view.draw).front();
    widget.selectMatch(ready);
    QTest::keyClick(&widget, Qt::Key_Return);
    QCOMPARE(result.count(), 1);
    QCOMPARE(result.at(0).at(0).toInt(), ready);
    QTest::keyClick(&widget, Qt::Key_T);
    QCOMPARE(table.count(), 1);
    QCOMPARE(table.at(0).at(0).toInt(), ready);

    // A click selects the box under it.
    const int final = int(view.draw.matches.size()) - 1;
    widget.selectMatch(ready);
    widget.ensurePolished();
    const QRect box = widget.boxRect(final);
    if (widget.viewport()->rect().contains(box.center())) {
        QTest::mouseClick(widget.viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(widget.selectedMatch(), final);
    }
}

void tst_BracketView::zoomsByKeys()
{
    const venue::TournamentView view = tournamentOf(BracketFormat::DoubleElimination, 12);
    ui::BracketView widget;
    widget.resize(600, 400);
    widget.setTournament(view);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setFocus();
    const int id = *widget.selectedMatch();
    const QSize before = widget.boxRect(id).size();
    QTest::keyClick(&widget, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(widget.zoom() > 1.0);
    QVERIFY(widget.boxRect(id).width() > before.width());
    QTest::keyClick(&widget, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&widget, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(widget.zoom() < 1.0);
    QTest::keyClick(&widget, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(widget.zoom(), 1.0);
    QCOMPARE(widget.boxRect(id).size(), before);
}

void tst_BracketView::eachMatchHasASentence()
{
    venue::TournamentView view = tournamentOf(BracketFormat::DoubleElimination, 12);
    playReady(view, 6);
    ui::BracketView widget;
    widget.setTournament(view);
    QCOMPARE(widget.shownMatches().size(), view.draw.matches.size());
    for (const int id : widget.shownMatches()) {
        const QString sentence = widget.matchName(id);
        QVERIFY(sentence.endsWith(QLatin1Char('.')));
        QVERIFY2(sentence.contains(ui::matchNumber(id)), qPrintable(sentence));
        const venue::BracketMatch &match = view.draw.matches.at(size_t(id));
        if (match.entrantA)
            QVERIFY2(sentence.contains(view.entrantName(*match.entrantA)), qPrintable(sentence));
        if (match.played())
            QVERIFY2(sentence.contains(QStringLiteral(" beat ")), qPrintable(sentence));
    }
    QCOMPARE(widget.accessibleDescription(), widget.matchName(*widget.selectedMatch()));
}

QTEST_MAIN(tst_BracketView)
#include "tst_bracketview.moc"
