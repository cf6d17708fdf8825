<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLineText</name>
    <message>
        <source>DojoPool runs a pool venue: table cameras, the automatic referee, players&apos; phones and the front desk.

Commands:
  (none)  open the front desk window on the venue floor
  serve   run the venue without a window (for a server or a back-room PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database instead of the SQLite file in the data folder: postgresql://user:password@host:port/database or sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the venue&apos;s database, settings and logs in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve, or nothing for the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeText</name>
    <message>
        <source>cannot watch for stop signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the venues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the demo venue on this first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue &quot;%1&quot;: %2 tables, %3 players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DojoPool %1 serving from %2 (data folder %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableStatusCommand</name>
    <message>
        <source>Mark %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message>
        <source>8 ft oversized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueStartupText</name>
    <message>
        <source>the data folder %1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder %1 cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data folder: set HOME or pass --data-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --database URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the demo venue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dojo::ui::AboutDialog</name>
    <message>
        <source>About DojoPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;DojoPool %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The smart pool venue: overhead cameras track every ball, the automatic referee rules by the WPA World Standardized Rules, players join their table from their phones, and the front desk runs bookings, players and tournaments.&lt;/p&gt;&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dojo::ui::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the venue again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Demo Venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the demo venue with its tables and players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DojoPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue shown on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the venues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the players.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DojoPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — DojoPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free · %2 booked · %3 in play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s status could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Demo Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the demo venue “%1” with all its tables and players?

Your own venues are not touched. The demo venue does not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo venue could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo venue was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dojo::ui::PlayerList</name>
    <message>
        <source>Find a player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n player(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dojo::ui::TableCard</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
Camera: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dojo::ui::VenueFloorView</name>
    <message>
        <source>This venue has no tables yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1 (see dojopool --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); run &quot;dojopool serve&quot; to run the venue without a window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
