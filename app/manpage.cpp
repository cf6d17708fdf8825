#include "manpage.h"

#include "apptext.h"
#include "commandline.h"
#include "venueconfig.h"

#include <QCommandLineOption>
#include <QRegularExpression>
#include <QStringList>

namespace dojo::app {

namespace {

// Text as troff reads it: backslashes escaped, characters past ASCII named, a line never
// starting with a control character, and a hyphen that starts an option or a word typed as
// it stands (--port, -h) a minus sign.
QString escaped(const QString &text)
{
    QString result;
    QChar before = u' ';
    for (const QChar c : text) {
        if (c == u'\\') {
            result += QStringLiteral("\\e");
        } else if (c == u'-'
                   && (before.isSpace() || before == u'-' || before == u'(' || before == u'['
                       || before == u'"' || before == u'|')) {
            result += QStringLiteral("\\-");
        } else if (c.unicode() > 0x7e) {
            result += QStringLiteral("\\[u%1]").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        } else if (c == u'\n') {
            result += u'\n';
            before = u' ';
            continue;
        } else {
            result += c;
        }
        before = c;
    }
    // A line starting with '.' or '\'' would be read as a request.
    QStringList lines = result.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(u'\n');
}

// A word typed as it stands (an option, a command, a value's choices): every hyphen a minus.
QString literal(const QString &text)
{
    QString result = escaped(text);
    result.replace(QRegularExpression(QStringLiteral("(?<!\\\\)-")), QStringLiteral("\\-"));
    return result;
}

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

QString optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names()) {
        const QString dashes = name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
        names.append(QStringLiteral("\\fB") + literal(dashes + name) + QStringLiteral("\\fR"));
    }
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += QStringLiteral(" \\fI") + literal(option.valueName()) + QStringLiteral("\\fR");
    return term;
}

QString optionList(const std::vector<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &option : options) {
        text += QStringLiteral(".TP\n") + optionTerm(option) + u'\n' + escaped(option.description())
                + u'\n';
    }
    return text;
}

QString usage(const Command &command)
{
    QString text = QStringLiteral("\\fBdojopool");
    if (!command.name.isEmpty())
        text += u' ' + literal(command.name);
    text += QStringLiteral("\\fR");
    if (!command.arguments.isEmpty())
        text += QStringLiteral(" \\fI") + literal(command.arguments) + QStringLiteral("\\fR");
    return text + QStringLiteral(" [\\fI") + escaped(AppText::tr("OPTIONS"))
           + QStringLiteral("\\fR]");
}

QString commandSection(const Command &command)
{
    QString text = QStringLiteral(".SS \"") + usage(command) + QStringLiteral("\"\n");
    text += escaped(sentence(command.summary)) + u'\n';
    if (!command.arguments.isEmpty()) {
        text += QStringLiteral(".TP\n\\fI") + literal(command.arguments) + QStringLiteral("\\fR\n")
                + escaped(sentence(command.argumentsHelp)) + u'\n';
    }
    const std::vector<QCommandLineOption> options = commandOptions(command);
    if (!options.empty())
        text += optionList(options);
    return text;
}

QString paragraph(const QString &text)
{
    return QStringLiteral(".PP\n") + escaped(text) + u'\n';
}

QString fileEntry(const QString &path, const QString &what)
{
    return QStringLiteral(".TP\n\\fI") + literal(path) + QStringLiteral("\\fR\n") + escaped(what)
           + u'\n';
}

} // namespace

QString manPage(const std::vector<Command> &commands, const QString &version, QDate date)
{
    const QString config = QString::fromLatin1(kSystemConfigPath);
    const QString sharedFolder = QStringLiteral("/var/lib/dojopool");
    QString page;
    page += QStringLiteral(".\\\" dojopool(1), made by \"dojopool --man-page\" from the "
                           "program's commands: do not edit.\n");
    page += QStringLiteral(".TH DOJOPOOL 1 \"%1\" \"DojoPool %2\" \"%3\"\n")
                .arg(date.toString(Qt::ISODate), literal(version),
                     escaped(AppText::tr("User Commands")));
    // Option names, paths and URLs read best unhyphenated and ragged right.
    page += QStringLiteral(".nh\n.ad l\n");

    page += QStringLiteral(".SH NAME\ndojopool \\- ")
            + escaped(AppText::tr("run a pool venue: table cameras, the automatic referee, "
                                  "players' phones and the front desk"))
            + u'\n';

    page += QStringLiteral(".SH SYNOPSIS\n");
    page += QStringLiteral("\\fBdojopool\\fR [\\fI") + escaped(AppText::tr("OPTIONS"))
            + QStringLiteral("\\fR]\n.br\n");
    page += QStringLiteral("\\fBdojopool\\fR \\fI") + escaped(AppText::tr("COMMAND"))
            + QStringLiteral("\\fR [\\fI") + escaped(AppText::tr("ARGUMENTS"))
            + QStringLiteral("\\fR] [\\fI") + escaped(AppText::tr("OPTIONS"))
            + QStringLiteral("\\fR]\n.br\n");
    page += QStringLiteral("\\fBdojopool help\\fR [\\fI") + escaped(AppText::tr("COMMAND"))
            + QStringLiteral("\\fR]\n");

    page += QStringLiteral(".SH ") + escaped(AppText::tr("DESCRIPTION")) + u'\n';
    page += paragraph(programAbout());
    page += paragraph(AppText::tr(
        "With no command, dojopool opens the front desk window on the venue floor. Each command "
        "does one job and takes only its own options; an option of another command is refused. "
        "Options may come before or after the command's name, and -- ends them."));
    page += paragraph(
        AppText::tr("The window and the commands that take --data-dir keep the venue in a data "
                    "folder (its SQLite database and settings.ini) or on the database --database "
                    "names. Without either option they read %1, which names the venue PC's "
                    "shared folder or database, else they use the user's own data folder.")
            .arg(config));

    page += QStringLiteral(".SH ") + escaped(AppText::tr("COMMANDS")) + u'\n';
    for (const Command &command : commands)
        page += commandSection(command);
    page += QStringLiteral(".SS \"\\fBdojopool ") + literal(helpWord())
            + QStringLiteral("\\fR [\\fI") + escaped(AppText::tr("COMMAND"))
            + QStringLiteral("\\fR]\"\n") + escaped(sentence(helpSummary())) + u'\n';

    page += QStringLiteral(".SH ") + escaped(AppText::tr("OPTIONS")) + u'\n';
    page += paragraph(AppText::tr("Every command takes these:"));
    page += optionList(everyCommandOptions());

    page += QStringLiteral(".SH ") + escaped(AppText::tr("THE VENUE PC")) + u'\n';
    page += paragraph(
        AppText::tr("The Debian package runs \"dojopool serve\" as the system service "
                    "dojopool.service, as the system user dojopool, on the data folder %1: it "
                    "starts with the PC and again after a failure. Its log is in the journal: "
                    "journalctl -u dojopool.")
            .arg(sharedFolder));
    page += paragraph(
        AppText::tr("Staff who open the window on the same PC use the service's database, as %1 "
                    "says. The data folder belongs to the group dojopool: add each member of "
                    "staff to it with \"sudo adduser NAME dojopool\", and they log in again. The "
                    "window and the service share the venue safely: each table's match is "
                    "written by one of them at a time, and the other stands by.")
            .arg(config));

    page += QStringLiteral(".SH ") + escaped(AppText::tr("FILES")) + u'\n';
    page += fileEntry(config,
                      AppText::tr("The venue PC's configuration, read when neither --data-dir "
                                  "nor --database is given: \"data-dir = FOLDER\" (an absolute "
                                  "folder) and \"database = URL\" (as --database takes), one "
                                  "setting a line; lines starting with # are comments."));
    page += fileEntry(sharedFolder,
                      AppText::tr("The service's data folder: dojopool.sqlite and settings.ini. "
                                  "Owned by the user and group dojopool, mode 2770: what a "
                                  "member of the group makes there stays the group's."));
    page += fileEntry(QStringLiteral("~/.local/share/DojoPool/dojopool"),
                      AppText::tr("A user's own data folder, when no configuration file names "
                                  "one."));
    page += fileEntry(QStringLiteral("/usr/lib/systemd/system/dojopool.service"),
                      AppText::tr("The system service."));

    page += QStringLiteral(".SH ") + escaped(AppText::tr("ENVIRONMENT")) + u'\n';
    page += fileEntry(QString::fromLatin1(kConfigVariable),
                      AppText::tr("Another configuration file to read instead of %1; set but "
                                  "empty, none is read.")
                          .arg(config));
    page += fileEntry(QStringLiteral("DISPLAY, WAYLAND_DISPLAY"),
                      AppText::tr("The display the window opens on; without one the window "
                                  "refuses to start."));
    page += fileEntry(QStringLiteral("LANG, LC_ALL, LC_MESSAGES, LANGUAGE"),
                      AppText::tr("The language of the window, the help and the messages "
                                  "(English, German and Spanish so far)."));
    page += fileEntry(QStringLiteral("HOME, XDG_DATA_HOME"),
                      AppText::tr("Where the user's own data folder is."));

    page += QStringLiteral(".SH ") + escaped(AppText::tr("EXIT STATUS")) + u'\n';
    page += fileEntry(QStringLiteral("0"),
                      AppText::tr("Done: the help or the version printed, the window closed, "
                                  "serve stopped by SIGTERM or SIGINT, the command's work done."));
    page += fileEntry(QStringLiteral("1"),
                      AppText::tr("The command could not do its work: no display for the "
                                  "window, a database that cannot be opened, a data folder that "
                                  "cannot be written, a file that cannot be read."));
    page += fileEntry(QStringLiteral("2"),
                      AppText::tr("The command line is wrong: an unknown command or option, an "
                                  "option of another command, a missing or wrong value."));
    page += fileEntry(QStringLiteral("3"),
                      AppText::tr("book: another booking holds the table at that time."));
    page += fileEntry(QStringLiteral("70"), AppText::tr("An internal error (a bug)."));
    page += paragraph(AppText::tr("Every refusal is one line on standard error that starts with "
                                  "\"dojopool: \"."));

    page += QStringLiteral(".SH ") + escaped(AppText::tr("SEE ALSO")) + u'\n';
    page += QStringLiteral(".BR systemctl (1),\n.BR journalctl (1),\n.BR adduser (8),\n"
                           ".BR systemd.exec (5)\n");
    return page;
}

} // namespace dojo::app
