#include "players/profilepage.h"

#include "common/uitr.h"
#include "players/playercharts.h"
#include "players/ratingtext.h"

#include <venue/gamenames.h>

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dojo::ui {

namespace {

enum MatchColumn { DayColumn, GameColumn, OpponentColumn, RacksColumn, ResultColumn, WhereColumn };

QString dayText(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

// Where a match's racks were counted: its table, or how its result was entered.
QString whereText(const venue::PlayerMatch &match)
{
    if (!match.tableName.isEmpty())
        return match.tableName;
    if (match.source == u"challenge")
        return Tr::tr("Challenge, entered by hand");
    if (match.source == u"tournament")
        return Tr::tr("Tournament, entered by hand");
    if (match.source == u"referee")
        return Tr::tr("A table since removed");
    return Tr::tr("Entered by hand");
}

// "268 racks, established; place 1 of 8 with racks played."
QString robustnessLine(const venue::PlayerRating &rating, int rank, int ranked)
{
    const bool provisional = isProvisional(rating.racks);
    if (rank == 0)
        return Tr::tr("No racks played yet: the starter rating until then.");
    if (provisional)
        return Tr::tr("%n racks, provisional; place %1 of %2 with racks played.", nullptr,
                      rating.racks)
            .arg(rank)
            .arg(ranked);
    return Tr::tr("%n racks, established; place %1 of %2 with racks played.", nullptr, rating.racks)
        .arg(rank)
        .arg(ranked);
}

QTreeWidget *newList(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel *newValue(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProfilePage::ProfilePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profilePage"));
    m_name = newValue(this, QStringLiteral("profileName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_rating = newValue(this, QStringLiteral("profileRating"));
    m_rating->setFont(big);
    m_rating->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ratingNote = newValue(this, QStringLiteral("profileRatingNote"));
    m_ratingNote->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_contact = newValue(this, QStringLiteral("profileContact"));
    m_member = newValue(this, QStringLiteral("profileMember"));
    m_starter = newValue(this, QStringLiteral("profileStarter"));
    m_figures = newValue(this, QStringLiteral("profileFigures"));
    m_figures->setWordWrap(true);

    m_edit = new QPushButton(Tr::tr("&Edit Profile…"), this);
    m_edit->setObjectName(QStringLiteral("editProfile"));
    m_edit->setToolTip(Tr::tr("Change the name, nickname, contact, membership or starter rating "
                              "(F2)"));
    connect(m_edit, &QPushButton::clicked, this, &ProfilePage::editRequested);
    m_mergeInto = new QPushButton(Tr::tr("Merge &Into…"), this);
    m_mergeInto->setObjectName(QStringLiteral("mergeInto"));
    m_mergeInto->setToolTip(Tr::tr("This player is a duplicate of another: keep the other, and "
                                   "count this one's matches for them"));
    connect(m_mergeInto, &QPushButton::clicked, this, &ProfilePage::mergeIntoRequested);

    auto *title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    auto *ratingBox = new QVBoxLayout;
    ratingBox->addWidget(m_rating);
    ratingBox->addWidget(m_ratingNote);
    title->addLayout(ratingBox);

    auto *details = new QFormLayout;
    details->addRow(Tr::tr("Contact:"), m_contact);
    details->addRow(Tr::tr("Member until:"), m_member);
    details->addRow(Tr::tr("Starter rating:"), m_starter);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_mergeInto);
    buttons->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addLayout(details, 1);
    middle->addLayout(buttons);

    m_matches = newList({Tr::tr("Day"), Tr::tr("Game"), Tr::tr("Opponent"), Tr::tr("Racks"),
                         Tr::tr("Result"), Tr::tr("Table")},
                        QStringLiteral("profileMatches"), this);
    m_matches->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_voidAction = new QAction(Tr::tr("&Void Result…"), m_matches);
    m_voidAction->setObjectName(QStringLiteral("voidResult"));
    m_voidAction->setStatusTip(Tr::tr("The result entered by hand no longer counts (a referee's "
                                      "or a manager's)"));
    m_voidAction->setShortcut(QKeySequence::Delete);
    m_voidAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_voidAction, &QAction::triggered, this, [this] {
        if (const std::optional<venue::PlayerMatch> match = selectedMatch())
            Q_EMIT voidRequested(*match);
    });
    m_correctAction = new QAction(Tr::tr("&Correct Result…"), m_matches);
    m_correctAction->setObjectName(QStringLiteral("correctResult"));
    m_correctAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_correctAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_correctAction, &QAction::triggered, this, [this] {
        if (const std::optional<venue::PlayerMatch> match = selectedMatch())
            Q_EMIT correctRequested(*match);
    });
    m_matches->addAction(m_voidAction);
    m_matches->addAction(m_correctAction);
    connect(m_matches, &QTreeWidget::currentItemChanged, this, &ProfilePage::updateMatchActions);
    m_matchesNote = new QLabel(this);
    m_matchesNote->setObjectName(QStringLiteral("profileMatchesNote"));
    m_matchesNote->setWordWrap(true);
    auto *matchesPage = new QWidget(this);
    auto *matchesLayout = new QVBoxLayout(matchesPage);
    matchesLayout->addWidget(m_matches, 1);
    matchesLayout->addWidget(m_matchesNote);

    m_tableTime
        = newList({Tr::tr("Day"), Tr::tr("From"), Tr::tr("To"), Tr::tr("Played"), Tr::tr("Tables")},
                  QStringLiteral("profileTableTime"), this);
    m_tableTimeNote = new QLabel(this);
    m_tableTimeNote->setObjectName(QStringLiteral("profileTableTimeNote"));
    auto *timePage = new QWidget(this);
    auto *timeLayout = new QVBoxLayout(timePage);
    timeLayout->addWidget(m_tableTime, 1);
    timeLayout->addWidget(m_tableTimeNote);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->addTab(matchesPage, Tr::tr("&Matches"));
    m_tabs->addTab(timePage, Tr::tr("Table &Time"));
    m_tabs->addTab(makeChartsPage(), Tr::tr("&Charts"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addLayout(middle);
    layout->addWidget(m_figures);
    layout->addWidget(m_tabs, 1);
    showNobody();
}

QWidget *ProfilePage::makeChartsPage()
{
    m_chartsPage = new QWidget(this);
    m_chartsPage->setObjectName(QStringLiteral("profileCharts"));
    auto *grid = new QGridLayout(m_chartsPage);
    grid->setContentsMargins(2, 2, 2, 2);
    const std::array<QString, 4> names{
        QStringLiteral("ratingOverTimeChart"), QStringLiteral("winRateByGameChart"),
        QStringLiteral("ballsPerInningChart"), QStringLiteral("breakSuccessChart")};
    for (size_t index = 0; index < m_charts.size(); ++index) {
        auto *view = new QChartView(m_chartsPage);
        view->setObjectName(names.at(index));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
        view->setFocusPolicy(Qt::NoFocus);
        grid->addWidget(view, int(index / 2), int(index % 2));
        m_charts.at(index) = view;
    }
    return m_chartsPage;
}

void ProfilePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ProfilePage::showNobody()
{
    m_profile.reset();
    m_name->setText(Tr::tr("No player chosen"));
    m_rating->clear();
    m_ratingNote->clear();
    m_contact->clear();
    m_member->clear();
    m_starter->clear();
    m_figures->clear();
    m_matches->clear();
    m_tableTime->clear();
    m_matchesNote->clear();
    m_tableTimeNote->clear();
    m_edit->setEnabled(false);
    m_mergeInto->setEnabled(false);
    for (QChartView *view : m_charts) {
        QChart *old = view->chart();
        view->setChart(new QChart);
        delete old;
    }
    updateMatchActions();
}

void ProfilePage::showProfile(const Profile &profile)
{
    m_profile = profile;
    const venue::Player &player = profile.player;
    m_name->setText(player.nickname.isEmpty()
                        ? player.name
                        : Tr::tr("%1 “%2”").arg(player.name, player.nickname));
    m_rating->setText(ratingNumber(profile.rating.rating));
    m_ratingNote->setText(robustnessLine(profile.rating, profile.rank, profile.ranked));
    m_rating->setToolTip(ratingText(profile.rating.rating, profile.rating.racks));
    m_contact->setText(player.contact.isEmpty() ? Tr::tr("None given") : player.contact);
    m_member->setText(player.memberUntil.isValid()
                          ? QLocale().toString(player.memberUntil, QLocale::LongFormat)
                          : Tr::tr("Not a member"));
    m_starter->setText(ratingNumber(player.starterRating));
    const venue::PlayerFigures all = venue::figuresInAll(profile.figures);
    if (all.matches > 0) {
        m_figures->setText(
            Tr::tr("In %n matches by the automatic referee: %1 balls per inning, %2 of %3 breaks "
                   "made.",
                   nullptr, all.matches)
                .arg(QLocale().toString(all.ballsPerInning(), 'f', 2))
                .arg(all.breaksMade)
                .arg(all.breaks));
    } else {
        m_figures->setText(Tr::tr("No match by the automatic referee yet: balls per inning and "
                                  "breaks come from those."));
    }
    if (!profile.figureProblems.isEmpty())
        m_figures->setToolTip(profile.figureProblems.join(u'\n'));
    m_edit->setEnabled(true);
    m_mergeInto->setEnabled(true);
    showMatches(profile);
    showTableTime(profile);
    showCharts(profile);
}

void ProfilePage::showMatches(const Profile &profile)
{
    m_matches->clear();
    if (!profile.history) {
        m_matchesNote->setText(profile.historyProblem);
        updateMatchActions();
        return;
    }
    int index = 0;
    for (const venue::PlayerMatch &match : profile.history->matches) {
        auto *item = new QTreeWidgetItem(m_matches);
        item->setData(DayColumn, Qt::UserRole, index++);
        item->setText(DayColumn, dayText(match.playedOn));
        item->setText(GameColumn, venue::gameName(match.game));
        item->setText(OpponentColumn, match.opponent);
        item->setText(RacksColumn, Tr::tr("%1–%2").arg(match.racksFor).arg(match.racksAgainst));
        item->setTextAlignment(RacksColumn, Qt::AlignCenter);
        item->setText(ResultColumn, outcomeText(match.outcome));
        item->setText(WhereColumn, whereText(match));
    }
    const int count = int(profile.history->matches.size());
    m_matchesNote->setText(
        count == 0 ? Tr::tr("No matches yet.")
                   : Tr::tr("%n matches. A result entered by hand is voided (Delete) or corrected "
                            "(Enter) by a referee or a manager.",
                            nullptr, count));
    updateMatchActions();
}

void ProfilePage::showTableTime(const Profile &profile)
{
    m_tableTime->clear();
    if (!profile.history) {
        m_tableTimeNote->setText(profile.historyProblem);
        return;
    }
    const QLocale locale;
    int minutes = 0;
    for (const venue::TableVisit &visit : profile.history->tableTime) {
        auto *item = new QTreeWidgetItem(m_tableTime);
        item->setText(0, dayText(visit.day));
        item->setText(1,
                      locale.toString(visit.from.toTimeZone(m_zone).time(), QLocale::ShortFormat));
        item->setText(2, visit.to.isValid() ? locale.toString(visit.to.toTimeZone(m_zone).time(),
                                                              QLocale::ShortFormat)
                                            : Tr::tr("Still playing"));
        item->setText(3, minutesText(visit.minutes));
        item->setText(4, locale.createSeparatedList(visit.tables));
        minutes += visit.minutes;
    }
    const int visits = int(profile.history->tableTime.size());
    m_tableTimeNote->setText(
        visits == 0
            ? Tr::tr("No table time yet.")
            : Tr::tr("%1 played over %n visits.", nullptr, visits).arg(minutesText(minutes)));
}

void ProfilePage::showCharts(const Profile &profile)
{
    const std::vector<venue::PlayerFigures> months = venue::figuresByMonth(profile.figures);
    const std::array<QChart *, 4> charts{ratingOverTimeChart(profile.ratingHistory),
                                         winRateByGameChart(profile.records),
                                         ballsPerInningChart(months), breakSuccessChart(months)};
    for (size_t index = 0; index < charts.size(); ++index) {
        QChart *old = m_charts.at(index)->chart();
        m_charts.at(index)->setChart(charts.at(index));
        delete old;
    }
}

std::optional<venue::PlayerMatch> ProfilePage::selectedMatch() const
{
    const QTreeWidgetItem *item = m_matches->currentItem();
    if (!item || !m_profile || !m_profile->history)
        return std::nullopt;
    const int index = item->data(DayColumn, Qt::UserRole).toInt();
    if (index < 0 || index >= int(m_profile->history->matches.size()))
        return std::nullopt;
    return m_profile->history->matches.at(size_t(index));
}

void ProfilePage::updateMatchActions()
{
    const std::optional<venue::PlayerMatch> match = selectedMatch();
    const bool byHand = match && match->resultId && match->source == u"hand";
    m_voidAction->setEnabled(byHand);
    m_correctAction->setEnabled(byHand);
}

} // namespace dojo::ui
