#include "tournaments/tournamentdialog.h"

#include "tournaments/tournamenttext.h"

#include "common/uitr.h"
#include "tabletime/moneytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <numeric>

namespace dojo::ui {

using venue::BracketFormat;

std::optional<std::vector<int>> numbersFromText(const QString &text, int most)
{
    std::vector<int> numbers;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return numbers;
    for (const QString &part : trimmed.split(QLatin1Char(','))) {
        bool read = false;
        const int number = part.trimmed().toInt(&read);
        if (!read || number < 1 || number > most)
            return std::nullopt;
        numbers.push_back(number);
    }
    return numbers;
}

QString textOfNumbers(const std::vector<int> &numbers)
{
    QStringList parts;
    for (const int number : numbers)
        parts.append(QString::number(number));
    return parts.join(QLatin1Char(','));
}

TournamentDialog::TournamentDialog(const venue::TournamentSettings &settings,
                                   const QString &currency, bool creating, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
{
    setObjectName(QStringLiteral("tournamentDialog"));
    setWindowTitle(creating ? Tr::tr("New Tournament") : Tr::tr("Edit %1").arg(settings.name));

    m_name = new QLineEdit(settings.name, this);
    m_name->setObjectName(QStringLiteral("tournamentName"));
    m_name->setPlaceholderText(Tr::tr("Friday 9-Ball"));

    m_game = new QComboBox(this);
    m_game->setObjectName(QStringLiteral("tournamentGame"));
    for (const QString &key : {QStringLiteral("eight-ball"), QStringLiteral("nine-ball"),
                               QStringLiteral("ten-ball"), QStringLiteral("straight-pool")})
        m_game->addItem(gameName(key), key);
    m_game->setCurrentIndex(std::max(0, m_game->findData(settings.game)));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("tournamentFormat"));
    for (const BracketFormat format :
         {BracketFormat::SingleElimination, BracketFormat::DoubleElimination,
          BracketFormat::RoundRobin, BracketFormat::Swiss})
        m_format->addItem(formatName(format), int(format));
    m_format->setCurrentIndex(m_format->findData(int(settings.draw.format)));

    m_grandFinal = new QComboBox(this);
    m_grandFinal->setObjectName(QStringLiteral("tournamentGrandFinal"));
    m_grandFinal->addItem(Tr::tr("Double: a reset when the losers' bracket winner wins"),
                          int(venue::GrandFinal::Double));
    m_grandFinal->addItem(Tr::tr("Simple: one match"), int(venue::GrandFinal::Simple));
    m_grandFinal->setCurrentIndex(m_grandFinal->findData(int(settings.draw.grandFinal)));
    m_thirdPlace = new QCheckBox(Tr::tr("The semi-finals' losers play for third place"), this);
    m_thirdPlace->setObjectName(QStringLiteral("tournamentThirdPlace"));
    m_thirdPlace->setChecked(settings.draw.thirdPlace);
    m_swissRounds = new QSpinBox(this);
    m_swissRounds->setObjectName(QStringLiteral("tournamentSwissRounds"));
    m_swissRounds->setRange(0, 30);
    m_swissRounds->setSpecialValueText(Tr::tr("Enough for one unbeaten player"));
    m_swissRounds->setValue(settings.draw.swissRounds);
    m_groups = new QSpinBox(this);
    m_groups->setObjectName(QStringLiteral("tournamentGroups"));
    m_groups->setRange(1, 32);
    m_groups->setValue(settings.draw.groups);

    m_raceTo = new QSpinBox(this);
    m_raceTo->setObjectName(QStringLiteral("tournamentRaceTo"));
    m_raceTo->setRange(1, 99);
    m_raceTo->setValue(settings.raceTo);
    m_racesByRound = new QLineEdit(textOfNumbers(settings.racesByRound), this);
    m_racesByRound->setObjectName(QStringLiteral("tournamentRacesByRound"));
    m_racesByRound->setPlaceholderText(Tr::tr("Every round as above; or by round, like 5,5,7"));
    m_finalRace = new QSpinBox(this);
    m_finalRace->setObjectName(QStringLiteral("tournamentFinalRace"));
    m_finalRace->setRange(0, 99);
    m_finalRace->setSpecialValueText(Tr::tr("As its round"));
    m_finalRace->setValue(settings.finalRaceTo);
    m_handicapped = new QCheckBox(
        Tr::tr("Handicapped by rating (Fargo): the weaker player needs fewer racks"), this);
    m_handicapped->setObjectName(QStringLiteral("tournamentHandicapped"));
    m_handicapped->setChecked(settings.handicapped);

    m_startsAt = new QDateTimeEdit(this);
    m_startsAt->setObjectName(QStringLiteral("tournamentStartsAt"));
    m_startsAt->setCalendarPopup(true);
    m_startsAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startsAt->setDateTime(settings.startsAt.isValid()
                                ? settings.startsAt.toLocalTime()
                                : QDateTime(QDate::currentDate(), QTime(19, 0)));

    const auto moneyRow = [this, &currency](QLineEdit *edit) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(new QLabel(currency, this));
        return row;
    };
    m_entryFee = new QLineEdit(moneyText(settings.entryFee), this);
    m_entryFee->setObjectName(QStringLiteral("tournamentEntryFee"));
    m_addedMoney = new QLineEdit(moneyText(settings.addedMoney), this);
    m_addedMoney->setObjectName(QStringLiteral("tournamentAddedMoney"));
    m_payouts = new QLineEdit(textOfNumbers(settings.payoutPercents), this);
    m_payouts->setObjectName(QStringLiteral("tournamentPayouts"));
    m_payouts->setPlaceholderText(Tr::tr("Percent of the purse by place, like 50,30,20"));
    m_maxPlayers = new QSpinBox(this);
    m_maxPlayers->setObjectName(QStringLiteral("tournamentMaxPlayers"));
    m_maxPlayers->setRange(0, 512);
    m_maxPlayers->setSpecialValueText(Tr::tr("No cap"));
    m_maxPlayers->setValue(settings.maxPlayers);
    m_seeding = new QComboBox(this);
    m_seeding->setObjectName(QStringLiteral("tournamentSeeding"));
    m_seeding->addItem(Tr::tr("By rating"), true);
    m_seeding->addItem(Tr::tr("By hand, in the order of the entries"), false);
    m_seeding->setCurrentIndex(settings.seedByRating ? 0 : 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("tournamentProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(creating ? Tr::tr("&Create") : Tr::tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TournamentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("&Game:"), m_game);
    form->addRow(Tr::tr("&Format:"), m_format);
    form->addRow(Tr::tr("Grand &final:"), m_grandFinal);
    form->addRow(QString(), m_thirdPlace);
    form->addRow(Tr::tr("S&wiss rounds:"), m_swissRounds);
    form->addRow(Tr::tr("Gro&ups:"), m_groups);
    form->addRow(Tr::tr("&Race to:"), m_raceTo);
    form->addRow(Tr::tr("Races &by round:"), m_racesByRound);
    form->addRow(Tr::tr("F&inal's race:"), m_finalRace);
    form->addRow(QString(), m_handicapped);
    form->addRow(Tr::tr("&Starts:"), m_startsAt);
    form->addRow(Tr::tr("&Entry fee:"), moneyRow(m_entryFee));
    form->addRow(Tr::tr("A&dded money:"), moneyRow(m_addedMoney));
    form->addRow(Tr::tr("&Payouts (%):"), m_payouts);
    form->addRow(Tr::tr("Player &cap:"), m_maxPlayers);
    form->addRow(Tr::tr("See&ding:"), m_seeding);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    for (QLineEdit *edit : {m_name, m_racesByRound, m_entryFee, m_addedMoney, m_payouts})
        connect(edit, &QLineEdit::textChanged, this, &TournamentDialog::check);
    connect(m_format, &QComboBox::currentIndexChanged, this, &TournamentDialog::showFormatOptions);
    showFormatOptions();
    check();
}

void TournamentDialog::showFormatOptions()
{
    const auto format = BracketFormat(m_format->currentData().toInt());
    m_grandFinal->setEnabled(format == BracketFormat::DoubleElimination);
    m_thirdPlace->setEnabled(format == BracketFormat::SingleElimination);
    m_swissRounds->setEnabled(format == BracketFormat::Swiss);
    m_groups->setEnabled(format == BracketFormat::RoundRobin);
}

QStringList TournamentDialog::problems() const
{
    QStringList problems;
    if (m_name->text().trimmed().isEmpty())
        problems.append(Tr::tr("A tournament needs a name."));
    if (!numbersFromText(m_racesByRound->text(), 99))
        problems.append(Tr::tr("Races by round are racks from 1 to 99 separated by commas, like "
                               "5,5,7."));
    if (!centsFromText(m_entryFee->text()))
        problems.append(Tr::tr("The entry fee is an amount like 20 or 20.50."));
    if (!centsFromText(m_addedMoney->text()))
        problems.append(Tr::tr("The added money is an amount like 100 or 100.00."));
    const std::optional<std::vector<int>> payouts = numbersFromText(m_payouts->text(), 100);
    if (!payouts) {
        problems.append(Tr::tr("Payouts are percentages of the purse separated by commas, like "
                               "50,30,20."));
    } else if (const int total = std::accumulate(payouts->begin(), payouts->end(), 0);
               total > 100) {
        problems.append(Tr::tr("The payouts add up to %1 %: they may be 100 % of the purse at "
                               "most.")
                            .arg(total));
    }
    return problems;
}

std::optional<venue::TournamentSettings> TournamentDialog::settings() const
{
    if (!problems().isEmpty())
        return std::nullopt;
    venue::TournamentSettings settings = m_original;
    settings.name = m_name->text().trimmed();
    settings.game = m_game->currentData().toString();
    settings.draw.format = BracketFormat(m_format->currentData().toInt());
    settings.draw.grandFinal = venue::GrandFinal(m_grandFinal->currentData().toInt());
    settings.draw.thirdPlace = m_thirdPlace->isChecked();
    settings.draw.swissRounds = m_swissRounds->value();
    settings.draw.groups = m_groups->value();
    settings.raceTo = m_raceTo->value();
    settings.racesByRound = *numbersFromText(m_racesByRound->text(), 99);
    settings.finalRaceTo = m_finalRace->value();
    settings.handicapped = m_handicapped->isChecked();
    settings.startsAt = m_startsAt->dateTime();
    settings.entryFee = *centsFromText(m_entryFee->text());
    settings.addedMoney = *centsFromText(m_addedMoney->text());
    settings.payoutPercents = *numbersFromText(m_payouts->text(), 100);
    settings.maxPlayers = m_maxPlayers->value();
    settings.seedByRating = m_seeding->currentData().toBool();
    return settings;
}

void TournamentDialog::check()
{
    const QStringList problems = this->problems();
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void TournamentDialog::accept()
{
    if (!settings())
        return;
    QDialog::accept();
}

} // namespace dojo::ui
