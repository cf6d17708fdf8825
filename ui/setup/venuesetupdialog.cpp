#include "setup/venuesetupdialog.h"

#include "common/tabletext.h"
#include "common/uitr.h"
#include "setup/venuefields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace dojo::ui {
namespace {

constexpr int kMaxTables = 99;

// A page whose next page and completeness the dialog decides.
class SetupPage : public QWizardPage
{
public:
    std::function<int()> next;
    std::function<bool()> complete;
    std::function<bool()> validate;

    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

} // namespace

VenueSetupDialog::VenueSetupDialog(Start start, bool hasDemo, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("venueSetup"));
    setWindowTitle(start == Start::FirstStart ? Tr::tr("Welcome to DojoPool")
                                              : Tr::tr("New Venue"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (start == Start::FirstStart)
        setPage(ChoicePage, choicePage());
    setPage(VenuePage, venuePage());
    setPage(TablesPage, tablesPage(hasDemo));
    setStartId(start == Start::FirstStart ? ChoicePage : VenuePage);
    resize(640, 520);
}

QWizardPage *VenueSetupDialog::choicePage()
{
    auto *page = new SetupPage;
    page->setObjectName(QStringLiteral("choicePage"));
    page->setTitle(Tr::tr("Welcome to DojoPool"));
    page->setSubTitle(Tr::tr("Set up your own venue now, or look around the demo venue first: "
                             "its simulated tables play on their own."));
    m_setUp = new QRadioButton(Tr::tr("&Set up your venue"), page);
    m_setUp->setObjectName(QStringLiteral("setUpVenue"));
    m_setUp->setChecked(true);
    m_demo = new QRadioButton(Tr::tr("&Open the demo"), page);
    m_demo->setObjectName(QStringLiteral("openDemo"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_setUp);
    layout->addWidget(new QLabel(Tr::tr("Your venue's name, currency, time zone and tables; "
                                        "cameras, staff and rates come after."),
                                 page));
    layout->addSpacing(12);
    layout->addWidget(m_demo);
    layout->addWidget(new QLabel(Tr::tr("Venue → New Venue… sets up your venue later."), page));
    layout->addStretch(1);
    page->next = [this] { return m_demo->isChecked() ? -1 : int(VenuePage); };
    connect(m_demo, &QRadioButton::toggled, page, &SetupPage::changed);
    return page;
}

QWizardPage *VenueSetupDialog::venuePage()
{
    auto *page = new SetupPage;
    page->setObjectName(QStringLiteral("venuePage"));
    page->setTitle(Tr::tr("Your venue"));
    page->setSubTitle(Tr::tr("Its name as guests know it, the currency its prices are in and "
                             "the time zone its clock runs in."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("venueName"));
    m_name->setPlaceholderText(Tr::tr("The Break Room"));
    m_currency = makeCurrencyBox(systemCurrency(), page);
    m_currency->setObjectName(QStringLiteral("venueCurrency"));
    m_timeZone = makeTimeZoneBox(systemTimeZone(), page);
    m_timeZone->setObjectName(QStringLiteral("venueTimeZone"));
    auto *form = new QFormLayout(page);
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("&Currency:"), m_currency);
    form->addRow(Tr::tr("&Time zone:"), m_timeZone);
    page->complete = [this] { return !m_name->text().trimmed().isEmpty(); };
    connect(m_name, &QLineEdit::textChanged, page, &SetupPage::changed);
    return page;
}

QWizardPage *VenueSetupDialog::tablesPage(bool hasDemo)
{
    auto *page = new SetupPage;
    page->setObjectName(QStringLiteral("tablesPage"));
    page->setTitle(Tr::tr("Your tables"));
    page->setSubTitle(Tr::tr("How many tables of each size the hall has. Select a name and "
                             "press F2 to change it; each table's camera is chosen later "
                             "(Table → Camera…)."));
    auto *counts = new QFormLayout;
    // The biggest tables first: they are the hall's Table 1 on.
    for (size_t i = m_counts.size(); i-- > 0;) {
        const TableSize size = kAllTableSizes[i];
        auto *count = new QSpinBox(page);
        count->setObjectName(QStringLiteral("tableCount-%1").arg(i));
        count->setRange(0, kMaxTables);
        count->setValue(size == TableSize::NineFoot ? 4 : 0);
        counts->addRow(Tr::tr("%1 (%2):").arg(TableText::size(size), TableText::surface(size)),
                       count);
        connect(count, &QSpinBox::valueChanged, this, &VenueSetupDialog::renameTables);
        m_counts[i] = count;
    }
    m_tables = new QListWidget(page);
    m_tables->setObjectName(QStringLiteral("tableNames"));
    m_tables->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    connect(m_tables, &QListWidget::itemChanged, this, &VenueSetupDialog::showProblems);

    m_removeDemo
        = new QCheckBox(Tr::tr("&Remove the demo venue with its tables and players"), page);
    m_removeDemo->setObjectName(QStringLiteral("removeDemo"));
    m_removeDemo->setChecked(hasDemo);
    m_removeDemo->setVisible(hasDemo);
    m_problems = new QLabel(page);
    m_problems->setObjectName(QStringLiteral("setupProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(counts);
    columns->addWidget(m_tables, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns, 1);
    layout->addWidget(m_removeDemo);
    layout->addWidget(m_problems);
    page->validate = [this] {
        showProblems();
        return venue::newVenueProblems(setup()).isEmpty();
    };
    renameTables();
    return page;
}

void VenueSetupDialog::renameTables()
{
    venue::NewVenue numbered;
    for (size_t i = m_counts.size(); i-- > 0;)
        venue::addNumberedTables(numbered, m_counts[i]->value(), kAllTableSizes[i]);
    const QSignalBlocker quiet(m_tables);
    m_tables->clear();
    for (const venue::NewTable &table : numbered.tables) {
        auto *item = new QListWidgetItem(table.name, m_tables);
        item->setData(Qt::UserRole, int(table.size));
        item->setToolTip(TableText::size(table.size));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    showProblems();
}

void VenueSetupDialog::showProblems()
{
    m_problems->setText(venue::newVenueProblems(setup()).join(u'\n'));
}

bool VenueSetupDialog::opensDemo() const
{
    return m_demo && m_demo->isChecked();
}

venue::NewVenue VenueSetupDialog::setup() const
{
    venue::NewVenue setup;
    setup.name = m_name->text().trimmed();
    setup.currency = currencyOf(m_currency);
    setup.timeZone = timeZoneOf(m_timeZone);
    for (int row = 0; row < m_tables->count(); ++row) {
        const QListWidgetItem *item = m_tables->item(row);
        setup.tables.push_back(
            {item->text().trimmed(), TableSize(item->data(Qt::UserRole).toInt())});
    }
    return setup;
}

bool VenueSetupDialog::removesDemo() const
{
    return m_removeDemo->isChecked();
}

} // namespace dojo::ui
