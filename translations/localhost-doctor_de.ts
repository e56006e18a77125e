<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>The %1 config lacks the { } around it</source>
        <translation>Der %1-Konfiguration fehlen die umschließenden { }</translation>
    </message>
    <message>
        <source>Wrap it in { }</source>
        <translation>In { } einschließen</translation>
    </message>
    <message>
        <source>This looks like a %1 config; %2 reads &quot;%3&quot;</source>
        <translation>Das sieht nach einer %1-Konfiguration aus; %2 liest &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The servers sit under &quot;%1&quot;, which %2 never looks at, so it starts none of them. Move them under &quot;%3&quot; (the fix below renames the key and changes nothing else). %4</source>
        <translation>Die Server stehen unter &quot;%1&quot;, wo %2 nie nachsieht, daher startet es keinen davon. Verschieben Sie sie unter &quot;%3&quot; (die Korrektur unten benennt den Schlüssel um und ändert sonst nichts). %4</translation>
    </message>
    <message>
        <source>Move them under &quot;%1&quot;</source>
        <translation>Unter &quot;%1&quot; verschieben</translation>
    </message>
    <message>
        <source>This file is one server&apos;s settings without its name</source>
        <translation>Diese Datei enthält die Einstellungen eines Servers ohne dessen Namen</translation>
    </message>
    <message>
        <source>%1 needs { &quot;%2&quot;: { &quot;NAME&quot;: { &quot;command&quot;: … } } }; the file holds only the inner part. The fix below names it &quot;%3&quot; and puts it under &quot;%2&quot;.</source>
        <translation>%1 erwartet { &quot;%2&quot;: { &quot;NAME&quot;: { &quot;command&quot;: … } } }; die Datei enthält nur den inneren Teil. Die Korrektur unten gibt ihm den Namen &quot;%3&quot; und setzt ihn unter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Name it &quot;%1&quot;</source>
        <translation>&quot;%1&quot; nennen</translation>
    </message>
    <message>
        <source>The servers lack the &quot;%1&quot; around them</source>
        <translation>Den Servern fehlt das umschließende &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 looks for servers under &quot;%2&quot;; here they sit at the top of the file. The fix below puts them under &quot;%2&quot;.</source>
        <translation>%1 sucht Server unter &quot;%2&quot;; hier stehen sie auf der obersten Ebene der Datei. Die Korrektur unten setzt sie unter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Put them under &quot;%1&quot;</source>
        <translation>Unter &quot;%1&quot; setzen</translation>
    </message>
    <message>
        <source>%1 passes %2 to server &quot;%3&quot; as written</source>
        <translation>%1 übergibt %2 unverändert an den Server &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 does not replace variables such as %2 in a config: the server receives the text &quot;%3&quot; itself. Write the value instead (for example the full path).</source>
        <translation>%1 ersetzt Variablen wie %2 in einer Konfiguration nicht: Der Server erhält wörtlich den Text &quot;%3&quot;. Schreiben Sie stattdessen den Wert selbst hin (zum Beispiel den vollständigen Pfad).</translation>
    </message>
    <message>
        <source>%1 ignores &quot;%2&quot; in server &quot;%3&quot;</source>
        <translation>%1 ignoriert &quot;%2&quot; im Server &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 does not start servers in the folder &quot;cwd&quot; names. Write full paths in &quot;args&quot; instead of relying on the working folder.</source>
        <translation>%1 startet Server nicht in dem Ordner, den &quot;cwd&quot; angibt. Schreiben Sie vollständige Pfade in &quot;args&quot;, statt sich auf den Arbeitsordner zu verlassen.</translation>
    </message>
    <message>
        <source>%1 does not read &quot;%2&quot;; put the variables into &quot;env&quot; instead.</source>
        <translation>%1 liest &quot;%2&quot; nicht; tragen Sie die Variablen stattdessen in &quot;env&quot; ein.</translation>
    </message>
    <message>
        <source>%1 never reads the servers in %2</source>
        <translation>%1 liest die Server in %2 nie</translation>
    </message>
    <message>
        <source>Add them where it looks (for %1: claude mcp add NAME -- COMMAND ARGS…).</source>
        <translation>Fügen Sie sie dort hinzu, wo es nachsieht (für %1: claude mcp add NAME -- COMMAND ARGS…).</translation>
    </message>
    <message>
        <source>%1 reads %2, not %3</source>
        <translation>%1 liest %2, nicht %3</translation>
    </message>
    <message>
        <source>Both list the same servers; edit %1 from now on.</source>
        <translation>Beide enthalten dieselben Server; bearbeiten Sie ab jetzt %1.</translation>
    </message>
    <message>
        <source>They differ. Only in the file it ignores: %1. Only in the file it reads: %2. Different settings: %3. Changes made to %4 have no effect.</source>
        <translation>Sie unterscheiden sich. Nur in der ignorierten Datei: %1. Nur in der gelesenen Datei: %2. Abweichende Einstellungen: %3. Änderungen an %4 haben keine Wirkung.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>BrowserRules</name>
    <message>
        <source>Browsers refuse port %1 (ERR_UNSAFE_PORT)</source>
        <translation>Browser verweigern Port %1 (ERR_UNSAFE_PORT)</translation>
    </message>
    <message>
        <source>Chrome, Firefox, Safari and Edge never connect to port %1: it belongs to another protocol, so they show ERR_UNSAFE_PORT (&quot;This site can&apos;t be reached&quot;) even when your server answers, while curl, scripts and MCP clients reach it. Give your server another port, such as %2.</source>
        <translation>Chrome, Firefox, Safari und Edge verbinden sich nie mit Port %1: Er gehört zu einem anderen Protokoll, daher zeigen sie ERR_UNSAFE_PORT (&quot;Die Website ist nicht erreichbar&quot;), selbst wenn Ihr Server antwortet, während curl, Skripte und MCP-Clients ihn erreichen. Geben Sie Ihrem Server einen anderen Port, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>%1 works in browsers, not in every other program</source>
        <translation>%1 funktioniert in Browsern, aber nicht in jedem anderen Programm</translation>
    </message>
    <message>
        <source>%1 works only in browsers: this computer can&apos;t find it</source>
        <translation>%1 funktioniert nur in Browsern: Dieser Computer kann den Namen nicht auflösen</translation>
    </message>
    <message>
        <source>Browsers (Chrome, Firefox, Edge, Safari) treat every name ending in .localhost as this computer. Other programs ask the system resolver: systemd-resolved and macOS answer it too, but glibc without systemd-resolved, Windows, Alpine/musl, older curl (before 7.78) and Python&apos;s and Node&apos;s own DNS lookups may fail with &quot;name not found&quot;. To make every program agree, add this line to the hosts file: &quot;127.0.0.1 %1&quot; (and &quot;::1 %1&quot;).</source>
        <translation>Browser (Chrome, Firefox, Edge, Safari) behandeln jeden Namen, der auf .localhost endet, als diesen Computer. Andere Programme fragen die Namensauflösung des Systems: systemd-resolved und macOS beantworten das ebenfalls, aber glibc ohne systemd-resolved, Windows, Alpine/musl, ältere curl-Versionen (vor 7.78) sowie die eigenen DNS-Abfragen von Python und Node können mit &quot;Name nicht gefunden&quot; scheitern. Damit alle Programme übereinstimmen, fügen Sie diese Zeile in die hosts-Datei ein: &quot;127.0.0.1 %1&quot; (und &quot;::1 %1&quot;).</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>The bundle would hold these files (redactions by kind):</source>
        <translation>Das Paket würde diese Dateien enthalten (Schwärzungen nach Art):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Total: %1 in %2 files.</source>
        <translation>Gesamt: %1 in %2 Dateien.</translation>
    </message>
    <message>
        <source>Writes a diagnostic bundle for support: one .zip with the reports, system facts, sockets, firewall, proxy, the Claude Desktop config and logs, with secrets replaced by placeholders. Nothing is uploaded.</source>
        <translation>Schreibt ein Diagnosepaket für den Support: eine .zip mit den Berichten, Systemdaten, Sockets, Firewall, Proxy, der Claude-Desktop-Konfiguration und Protokollen, Geheimnisse durch Platzhalter ersetzt. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>Where to write the bundle (default: localhost-doctor-bundle-DATE-TIME.zip here).</source>
        <translation>Wohin das Paket geschrieben wird (Standard: localhost-doctor-bundle-DATUM-ZEIT.zip hier).</translation>
    </message>
    <message>
        <source>Diagnose this address and add its report (repeatable).</source>
        <translation>Diese Adresse diagnostizieren und ihren Bericht hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>The Claude Desktop config to add (default: where Claude Desktop keeps it).</source>
        <translation>Die hinzuzufügende Claude-Desktop-Konfiguration (Standard: wo Claude Desktop sie ablegt).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Print the files, their sizes and redactions; write nothing.</source>
        <translation>Die Dateien, ihre Größen und Schwärzungen ausgeben; nichts schreiben.</translation>
    </message>
    <message>
        <source>How long to wait for each connection (default 1500).</source>
        <translation>Wie lange auf jede Verbindung gewartet wird (Standard 1500).</translation>
    </message>
    <message>
        <source>Log to the terminal.</source>
        <translation>Im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>
Exit status: 0 written, 2 bad usage or destination (a missing folder, an existing file without --yes), 3 the write failed (no permission, read-only, disk full).
</source>
        <translation>
Exit-Status: 0 geschrieben, 2 falsche Verwendung oder Ziel (ein fehlender Ordner, eine vorhandene Datei ohne --yes), 3 das Schreiben schlug fehl (keine Berechtigung, schreibgeschützt, Datenträger voll).
</translation>
    </message>
    <message>
        <source>bundle takes no arguments; give addresses with --target, for example: localhost-doctor bundle --target localhost:3000</source>
        <translation>bundle nimmt keine Argumente; geben Sie Adressen mit --target an, zum Beispiel: localhost-doctor bundle --target localhost:3000</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;: %2</source>
        <translation>--target &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Add --yes to replace it.</source>
        <translation>Fügen Sie --yes hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3 files).</source>
        <translation>%1 gespeichert (%2, %3 Dateien).</translation>
    </message>
    <message numerus="yes">
        <source>%n different secret(s) were replaced by placeholders; your home folder is shown as ~.</source>
        <translation>
            <numerusform>%n Geheimnis wurde durch einen Platzhalter ersetzt; Ihr Home-Ordner erscheint als ~.</numerusform>
            <numerusform>%n verschiedene Geheimnisse wurden durch Platzhalter ersetzt; Ihr Home-Ordner erscheint als ~.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was uploaded: send this file to support yourself.</source>
        <translation>Nichts wurde hochgeladen: Schicken Sie diese Datei selbst an den Support.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>No file name was given for the bundle.</source>
        <translation>Für das Paket wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the bundle, such as %2.</source>
        <translation>%1 ist ein Ordner. Geben Sie einen Dateinamen für das Paket an, etwa %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that does.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it, or choose another name.</source>
        <translation>%1 existiert bereits. Ersetzen Sie die Datei oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The bundle could not be put together: %1</source>
        <translation>Das Paket konnte nicht zusammengestellt werden: %1</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for the bundle (%2 needed). Free some space or choose another folder. Nothing was written.</source>
        <translation>In %1 ist nicht genug freier Speicher für das Paket (%2 nötig). Schaffen Sie Platz oder wählen Sie einen anderen Ordner. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Choose another folder, such as your Documents folder.</source>
        <translation>Wählen Sie einen anderen Ordner, zum Beispiel Ihren Dokumente-Ordner.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;localhost-doctor %1--help&quot; to see how to use it.</source>
        <translation>Führen Sie &quot;localhost-doctor %1--help&quot; aus, um zu sehen, wie es benutzt wird.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>localhost-doctor: the report offers no fix &quot;%1&quot;; run check --json to see the fixes.</source>
        <translation>localhost-doctor: Der Bericht bietet keine Korrektur &quot;%1&quot;; führen Sie check --json aus, um die Korrekturen zu sehen.</translation>
    </message>
    <message>
        <source>This fix changes your system: %1
Run again with --yes to do it.</source>
        <translation>Diese Korrektur verändert Ihr System: %1
Führen Sie den Befehl mit --yes erneut aus, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>localhost-doctor: the fix does not name a process.</source>
        <translation>localhost-doctor: Die Korrektur nennt keinen Prozess.</translation>
    </message>
    <message>
        <source>Diagnoses why an address on this computer can&apos;t be reached.</source>
        <translation>Findet heraus, warum eine Adresse auf diesem Computer nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>What you tried to open: localhost:3000, http://localhost:3000/mcp, https://127.0.0.1:8443, [::1]:8080 or just 3000.</source>
        <translation>Was Sie öffnen wollten: localhost:3000, http://localhost:3000/mcp, https://127.0.0.1:8443, [::1]:8080 oder einfach 3000.</translation>
    </message>
    <message>
        <source>connect: &quot;I can&apos;t reach it&quot; (default); serve: &quot;my server won&apos;t start, the port is taken&quot;.</source>
        <translation>connect: &quot;Ich erreiche es nicht&quot; (Standard); serve: &quot;Mein Server startet nicht, der Port ist belegt&quot;.</translation>
    </message>
    <message>
        <source>Also talk the MCP handshake to the address.</source>
        <translation>Zusätzlich den MCP-Handshake mit der Adresse durchführen.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema localhost-doctor/report@1).</source>
        <translation>Den Bericht als JSON ausgeben (Schema localhost-doctor/report@1).</translation>
    </message>
    <message>
        <source>How long to wait for each connection (default 1500).</source>
        <translation>Wie lange auf jede Verbindung gewartet wird (Standard 1500).</translation>
    </message>
    <message>
        <source>Show the evidence behind each step, and log to the terminal.</source>
        <translation>Die Belege hinter jedem Schritt zeigen und im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>Never colour the output.</source>
        <translation>Die Ausgabe nie einfärben.</translation>
    </message>
    <message>
        <source>Carry out the report&apos;s first fix with this id, e.g. fix.stop_process. Fixes that change the system also need --yes.</source>
        <translation>Die erste Korrektur des Berichts mit dieser ID ausführen, z. B. fix.stop_process. Korrekturen, die das System verändern, brauchen zusätzlich --yes.</translation>
    </message>
    <message>
        <source>Confirm a fix that changes the system.</source>
        <translation>Eine Korrektur bestätigen, die das System verändert.</translation>
    </message>
    <message>
        <source>With fix.stop_process: force the process to end if asking politely is not enough.</source>
        <translation>Mit fix.stop_process: den Prozess zwangsweise beenden, wenn höfliches Bitten nicht reicht.</translation>
    </message>
    <message>
        <source>check needs a target, for example: localhost-doctor check localhost:3000</source>
        <translation>check braucht ein Ziel, zum Beispiel: localhost-doctor check localhost:3000</translation>
    </message>
    <message>
        <source>check takes one target; got %1: %2</source>
        <translation>check nimmt ein Ziel; erhalten: %1: %2</translation>
    </message>
    <message>
        <source>--intent must be connect or serve, not &quot;%1&quot;.</source>
        <translation>--intent muss connect oder serve sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Finds a port a server can use right now, on IPv4 and IPv6, outside the ranges the system reserves.</source>
        <translation>Findet einen Port, den ein Server jetzt nutzen kann, auf IPv4 und IPv6, außerhalb der vom System reservierten Bereiche.</translation>
    </message>
    <message>
        <source>Prefer a port close to this one (default 8080).</source>
        <translation>Einen Port nahe an diesem bevorzugen (Standard 8080).</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;port&quot;: N}.</source>
        <translation>JSON ausgeben: {&quot;port&quot;: N}.</translation>
    </message>
    <message>
        <source>Log to the terminal.</source>
        <translation>Im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>free-port takes no target; use --near N.</source>
        <translation>free-port nimmt kein Ziel; verwenden Sie --near N.</translation>
    </message>
    <message>
        <source>localhost-doctor: no free port found near %1.</source>
        <translation>localhost-doctor: kein freier Port in der Nähe von %1 gefunden.</translation>
    </message>
    <message>
        <source>Lists every listening TCP socket and bound UDP socket, with its program.</source>
        <translation>Listet jeden lauschenden TCP-Socket und gebundenen UDP-Socket mit seinem Programm auf.</translation>
    </message>
    <message>
        <source>Only this port.</source>
        <translation>Nur dieser Port.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>listeners takes no target; use --port N.</source>
        <translation>listeners nimmt kein Ziel; verwenden Sie --port N.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>localhost-doctor: %1 failed: %2</source>
        <translation>localhost-doctor: %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>localhost-doctor: no display found, and the wizard and the tray need a desktop. From a terminal, run &quot;localhost-doctor check localhost:PORT&quot; instead, or see &quot;localhost-doctor --help&quot;.</source>
        <translation>localhost-doctor: Keine Anzeige gefunden, und der Assistent und das Symbol in der Kontrollleiste brauchen einen Desktop. Führen Sie im Terminal stattdessen &quot;localhost-doctor check localhost:PORT&quot; aus, oder sehen Sie sich &quot;localhost-doctor --help&quot; an.</translation>
    </message>
    <message>
        <source>Localhost Doctor %1: finds out why localhost:PORT can&apos;t be reached.</source>
        <translation>Localhost Doctor %1: findet heraus, warum localhost:PORT nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>Exit status: 0 nothing wrong, 1 a problem was found, 2 bad usage or input, 3 the tool failed.</source>
        <translation>Exit-Status: 0 alles in Ordnung, 1 ein Problem wurde gefunden, 2 falsche Verwendung oder Eingabe, 3 das Tool ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run &quot;localhost-doctor COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Führen Sie &quot;localhost-doctor COMMAND --help&quot; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>open the wizard (also with no command at all)</source>
        <translation>den Assistenten öffnen (auch ganz ohne Befehl)</translation>
    </message>
    <message>
        <source>diagnose why an address can&apos;t be reached</source>
        <translation>untersuchen, warum eine Adresse nicht erreichbar ist</translation>
    </message>
    <message>
        <source>list the listening sockets and their programs</source>
        <translation>die lauschenden Sockets und ihre Programme auflisten</translation>
    </message>
    <message>
        <source>find a port a server can use right now</source>
        <translation>einen Port finden, den ein Server sofort nutzen kann</translation>
    </message>
    <message>
        <source>write a redacted diagnostic bundle for support</source>
        <translation>ein bereinigtes Diagnosepaket für den Support schreiben</translation>
    </message>
    <message>
        <source>check Claude Desktop&apos;s config and its MCP servers</source>
        <translation>die Konfiguration von Claude Desktop und ihre MCP-Server prüfen</translation>
    </message>
    <message>
        <source>watch endpoints from the system tray, or check them once</source>
        <translation>Endpunkte über den Infobereich überwachen oder einmalig prüfen</translation>
    </message>
    <message>
        <source>speak MCP over stdio (read-only tools)</source>
        <translation>MCP über stdio sprechen (nur lesende Tools)</translation>
    </message>
    <message>
        <source>Speaks MCP (newline-delimited JSON-RPC) on stdin and stdout, so an MCP client such as Claude Desktop, Claude Code or Cursor can ask why a local address can&apos;t be reached. Its tools only read: check_address, list_listeners, find_free_port, diagnose_mcp_config.</source>
        <translation>Spricht MCP (zeilenweise getrenntes JSON-RPC) über stdin und stdout, sodass ein MCP-Client wie Claude Desktop, Claude Code oder Cursor fragen kann, warum eine lokale Adresse nicht erreichbar ist. Die Tools lesen nur: check_address, list_listeners, find_free_port, diagnose_mcp_config.</translation>
    </message>
    <message>
        <source>Log to stderr.</source>
        <translation>Protokoll auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>mcp-server takes no arguments.</source>
        <translation>mcp-server nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>localhost-doctor: the wizard and the tray run in localhost-doctor-gui, not here.</source>
        <translation>localhost-doctor: Der Assistent und das Symbol im Infobereich laufen in localhost-doctor-gui, nicht hier.</translation>
    </message>
    <message>
        <source>localhost-doctor: could not start the wizard and tray program %1: %2</source>
        <translation>localhost-doctor: Das Programm für Assistent und Infobereich %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the part of Localhost Doctor that runs this command (%1) is missing or broken; reinstalling Localhost Doctor should bring it back (looked at: %2)</source>
        <translation>der Teil von Localhost Doctor, der diesen Befehl ausführt (%1), fehlt oder ist beschädigt; Localhost Doctor neu zu installieren sollte ihn zurückbringen (gesucht in: %2)</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>The installed app (MSIX package) reads %1 and ignores this file.</source>
        <translation>Die installierte App (MSIX-Paket) liest %1 und ignoriert diese Datei.</translation>
    </message>
    <message>
        <source>The installed app (MSIX package) reads this file.</source>
        <translation>Die installierte App (MSIX-Paket) liest diese Datei.</translation>
    </message>
    <message>
        <source>The app is installed as an MSIX package, which sees this file until it writes its own copy in %1.</source>
        <translation>Die App ist als MSIX-Paket installiert, das diese Datei sieht, bis es eine eigene Kopie in %1 schreibt.</translation>
    </message>
    <message>
        <source>Left over from an MSIX install: the installed app reads %1.</source>
        <translation>Überbleibsel einer MSIX-Installation: Die installierte App liest %1.</translation>
    </message>
    <message>
        <source>Claude Code never reads MCP servers from this file: it reads ~/.claude.json (claude mcp add) and a project&apos;s .mcp.json.</source>
        <translation>Claude Code liest MCP-Server nie aus dieser Datei: Es liest ~/.claude.json (claude mcp add) und die .mcp.json eines Projekts.</translation>
    </message>
    <message>
        <source>Quit Claude Desktop completely (from the menu bar or the tray icon, not just the window) and open it again.</source>
        <translation>Beenden Sie Claude Desktop vollständig (über die Menüleiste oder das Symbol im Infobereich, nicht nur das Fenster schließen) und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>Start a new Claude Code session (or run /mcp to reconnect); check with &quot;claude mcp list&quot;.</source>
        <translation>Starten Sie eine neue Claude Code-Sitzung (oder führen Sie /mcp aus, um neu zu verbinden); prüfen Sie mit &quot;claude mcp list&quot;.</translation>
    </message>
    <message>
        <source>In Cursor, open Settings → MCP and switch the server off and on, or restart Cursor.</source>
        <translation>Öffnen Sie in Cursor Settings → MCP und schalten Sie den Server aus und wieder ein, oder starten Sie Cursor neu.</translation>
    </message>
    <message>
        <source>In VS Code, run &quot;MCP: List Servers&quot; and restart the server, or reload the window.</source>
        <translation>Führen Sie in VS Code &quot;MCP: List Servers&quot; aus und starten Sie den Server neu, oder laden Sie das Fenster neu.</translation>
    </message>
    <message>
        <source>In Windsurf, press Refresh in the MCP panel of Cascade, or restart Windsurf.</source>
        <translation>Klicken Sie in Windsurf im MCP-Bereich von Cascade auf Refresh, oder starten Sie Windsurf neu.</translation>
    </message>
    <message>
        <source>guessed from the file&apos;s name, %1</source>
        <translation>abgeleitet aus dem Dateinamen %1</translation>
    </message>
    <message>
        <source>guessed from the key holding its servers, &quot;%1&quot;</source>
        <translation>abgeleitet aus dem Schlüssel, der die Server enthält: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing in its name or shape names a client, so it is read as %1&apos;s</source>
        <translation>weder Name noch Aufbau verweisen auf einen Client, daher wird sie als Datei von %1 gelesen</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <source>Restart Claude Desktop so it reads the change: quit it completely (from the menu bar or the tray icon, not just the window), then open it again.</source>
        <translation>Starten Sie Claude Desktop neu, damit es die Änderung liest: Beenden Sie es vollständig (über die Menüleiste oder das Tray-Symbol, nicht nur das Fenster) und öffnen Sie es dann wieder.</translation>
    </message>
    <message>
        <source>The fix does not say which server to change.</source>
        <translation>Die Korrektur sagt nicht, welcher Server geändert werden soll.</translation>
    </message>
    <message>
        <source>The fix does not say which program to use.</source>
        <translation>Die Korrektur sagt nicht, welches Programm verwendet werden soll.</translation>
    </message>
    <message>
        <source>The fix does not say which address to write.</source>
        <translation>Die Korrektur sagt nicht, welche Adresse geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The fix does not say which argument holds the address.</source>
        <translation>Die Korrektur sagt nicht, welches Argument die Adresse enthält.</translation>
    </message>
    <message>
        <source>The fix does not say which command to wrap.</source>
        <translation>Die Korrektur sagt nicht, welcher Befehl eingebettet werden soll.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be applied to the config automatically; make the change by hand.</source>
        <translation>%1 kann nicht automatisch auf die Konfiguration angewendet werden; nehmen Sie die Änderung von Hand vor.</translation>
    </message>
    <message>
        <source>The config is not valid JSON (line %1, column %2); it is left untouched. Fix that first.</source>
        <translation>Die Konfiguration ist kein gültiges JSON (Zeile %1, Spalte %2); sie bleibt unverändert. Beheben Sie das zuerst.</translation>
    </message>
    <message>
        <source>%1 is not a text value in the config.</source>
        <translation>%1 ist in der Konfiguration kein Textwert.</translation>
    </message>
    <message>
        <source>%1 is missing from the config.</source>
        <translation>%1 fehlt in der Konfiguration.</translation>
    </message>
    <message>
        <source>%1 is not a list in the config.</source>
        <translation>%1 ist in der Konfiguration keine Liste.</translation>
    </message>
    <message>
        <source>The changes overlap.</source>
        <translation>Die Änderungen überschneiden sich.</translation>
    </message>
    <message>
        <source>The changed config would not be valid JSON; nothing was written.</source>
        <translation>Die geänderte Konfiguration wäre kein gültiges JSON; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The change did not come out as intended; nothing was written.</source>
        <translation>Die Änderung ist nicht wie beabsichtigt ausgefallen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is in %2).</source>
        <translation>%1 gespeichert (die vorherige Fassung liegt in %2).</translation>
    </message>
    <message>
        <source>Can&apos;t read the backup %1: %2</source>
        <translation>Die Sicherungskopie %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup this tool made of %2, so it can&apos;t tell what would be lost. Copy it back by hand if you are sure.</source>
        <translation>%1 ist keine Sicherungskopie, die dieses Werkzeug von %2 angelegt hat, daher lässt sich nicht sagen, was verloren ginge. Kopieren Sie sie von Hand zurück, wenn Sie sicher sind.</translation>
    </message>
    <message>
        <source>%1 has changed since the fix was applied (by you or another program); undoing would lose those changes, so it is left as it is. The backup is still in %2.</source>
        <translation>%1 wurde geändert, seit die Korrektur angewendet wurde (von Ihnen oder einem anderen Programm); Rückgängigmachen würde diese Änderungen verlieren, daher bleibt die Datei, wie sie ist. Die Sicherungskopie liegt weiterhin in %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Can&apos;t write the backup %1: %2 Nothing was changed.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Can&apos;t record the change for --undo in %1: %2 Nothing was changed.</source>
        <translation>Die Änderung für --undo kann nicht in %1 gespeichert werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2 The backup %3 is a copy of it.</source>
        <translation>%1 kann nicht geschrieben werden: %2 Die Sicherung %3 ist eine Kopie davon.</translation>
    </message>
    <message>
        <source>Can&apos;t restore %1: %2 The backup %3 is kept.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2 Die Sicherung %3 bleibt erhalten.</translation>
    </message>
    <message>
        <source>Can&apos;t create the folder %1. Nothing was changed.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Created %1 (undo removes it again).</source>
        <translation>%1 wurde angelegt (Rückgängigmachen entfernt es wieder).</translation>
    </message>
    <message>
        <source>Can&apos;t remove %1, which the fix created.</source>
        <translation>%1, das die Korrektur angelegt hat, kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removed %1, which the fix had created.</source>
        <translation>%1, das die Korrektur angelegt hatte, wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine Named Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message numerus="yes">
        <source>&quot;mcpServers&quot; has %1 entries; only the first %n are checked (no real config has that many: was it generated by mistake?).</source>
        <translation>
            <numerusform>&quot;mcpServers&quot; hat %1 Einträge; nur der erste (%n) wird geprüft (keine echte Konfiguration hat so viele: Wurde sie versehentlich erzeugt?).</numerusform>
            <numerusform>&quot;mcpServers&quot; hat %1 Einträge; nur die ersten %n werden geprüft (keine echte Konfiguration hat so viele: Wurde sie versehentlich erzeugt?).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The Claude Desktop config does not exist</source>
        <translation>Die Konfiguration von Claude Desktop existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is %2), so it is not read. Give the path of the config file itself.</source>
        <translation>%1 ist keine reguläre Datei (es ist %2), daher wird es nicht gelesen. Geben Sie den Pfad der Konfigurationsdatei selbst an.</translation>
    </message>
    <message>
        <source>The Claude Desktop config is not a regular file (it is %1)</source>
        <translation>Die Konfiguration von Claude Desktop ist keine reguläre Datei (es ist %1)</translation>
    </message>
    <message>
        <source>%1 is too big to be a config: %2, and the limit is %3. It is not read; check that this is the right file.</source>
        <translation>%1 ist zu groß für eine Konfiguration: %2, die Grenze liegt bei %3. Die Datei wird nicht gelesen; prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>The Claude Desktop config is too big to read: %1, the limit is %2</source>
        <translation>Die Konfiguration von Claude Desktop ist zu groß zum Lesen: %1, die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read: %2. Check that your user may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob Ihr Benutzer Leserechte dafür hat.</translation>
    </message>
    <message>
        <source>The Claude Desktop config can&apos;t be read</source>
        <translation>Die Claude-Desktop-Konfiguration kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ConfigReshape</name>
    <message>
        <source>The server&apos;s entry no longer has the values this fix was made for; it is left as it is.</source>
        <translation>Der Eintrag des Servers hat nicht mehr die Werte, für die diese Korrektur gedacht war; er bleibt unverändert.</translation>
    </message>
    <message>
        <source>The config no longer has the shape this fix was made for; it is left as it is.</source>
        <translation>Die Konfiguration hat nicht mehr den Aufbau, für den diese Korrektur gedacht war; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The reshaped config would not be valid, so nothing was changed.</source>
        <translation>Die umgebaute Konfiguration wäre nicht gültig, daher wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ConflictStep</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>a program of user %1 (uid %2)</source>
        <translation>ein Programm des Benutzers %1 (UID %2)</translation>
    </message>
    <message>
        <source>No program holds port %1. The port step explains whether your server may use it.</source>
        <translation>Kein Programm belegt Port %1. Der Port-Schritt erklärt, ob Ihr Server ihn benutzen darf.</translation>
    </message>
    <message>
        <source>No program holds port %1: a server can start on it now.</source>
        <translation>Kein Programm belegt Port %1: Ein Server kann jetzt darauf starten.</translation>
    </message>
    <message>
        <source>Port %1 is taken by a connection that isn&apos;t listening</source>
        <translation>Port %1 ist durch eine Verbindung belegt, die nicht lauscht</translation>
    </message>
    <message>
        <source>No server listens on port %1, but the system doesn&apos;t let a new server bind it: another program has claimed it for a connection. To see which, run: sudo ss -tanp &apos;sport = :%1&apos;. Or use another port.</source>
        <translation>Kein Server lauscht auf Port %1, aber das System lässt keinen neuen Server daran binden: Ein anderes Programm hat ihn für eine Verbindung beansprucht. Um zu sehen, welches, führen Sie aus: sudo ss -tanp &apos;sport = :%1&apos;. Oder verwenden Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>Port %1 is already in use by %2</source>
        <translation>Port %1 wird bereits von %2 benutzt</translation>
    </message>
    <message>
        <source>Only one server can listen on a port at a time, so yours can&apos;t start on %1 while %2 holds it.</source>
        <translation>Auf einem Port kann immer nur ein Server lauschen, daher kann Ihrer nicht auf %1 starten, solange %2 ihn belegt.</translation>
    </message>
    <message>
        <source>It was started as: %1</source>
        <translation>Es wurde so gestartet: %1</translation>
    </message>
    <message>
        <source>It runs as user %1.</source>
        <translation>Es läuft als Benutzer %1.</translation>
    </message>
    <message>
        <source>It belongs to another user, so it can&apos;t be named here. To see it, run: sudo localhost-doctor listeners --port %1</source>
        <translation>Es gehört einem anderen Benutzer und kann hier nicht genannt werden. Um es zu sehen, führen Sie aus: sudo localhost-doctor listeners --port %1</translation>
    </message>
    <message>
        <source>Port %1 is usually used by %2.</source>
        <translation>Port %1 wird üblicherweise von %2 benutzt.</translation>
    </message>
    <message>
        <source>Stop that program, or start yours on a free port.</source>
        <translation>Beenden Sie dieses Programm oder starten Sie Ihres auf einem freien Port.</translation>
    </message>
    <message>
        <source>Use port %1 instead (free now)</source>
        <translation>Stattdessen Port %1 verwenden (jetzt frei)</translation>
    </message>
    <message>
        <source>Stop %1 (pid %2)</source>
        <translation>%1 beenden (PID %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Different programs listen on port %1</source>
        <translation>Verschiedene Programme lauschen auf Port %1</translation>
    </message>
    <message>
        <source>%1. Which one answers depends on the address a client uses (IPv4 or IPv6, 127.0.0.1 or another), so the same URL can reach different programs. Stop the one you don&apos;t want, or give one of them another port.</source>
        <translation>%1. Welches antwortet, hängt von der Adresse ab, die ein Client benutzt (IPv4 oder IPv6, 127.0.0.1 oder eine andere), daher kann dieselbe URL verschiedene Programme erreichen. Beenden Sie das unerwünschte oder geben Sie einem der beiden einen anderen Port.</translation>
    </message>
    <message>
        <source>Port %1 belongs to %2, not to a web server</source>
        <translation>Port %1 gehört zu %2, nicht zu einem Webserver</translation>
    </message>
    <message>
        <source>%1 listens on port %2 and speaks %3, but %4 asks for a web server (HTTP). Another program took the port your server (or MCP server) wanted, or the port number is wrong. Check which port your server prints when it starts.</source>
        <translation>%1 lauscht auf Port %2 und spricht %3, aber %4 verlangt einen Webserver (HTTP). Ein anderes Programm hat den Port belegt, den Ihr Server (oder MCP-Server) wollte, oder die Portnummer ist falsch. Prüfen Sie, welchen Port Ihr Server beim Start ausgibt.</translation>
    </message>
    <message>
        <source>Port %1 is free: start your server</source>
        <translation>Port %1 ist frei: Starten Sie Ihren Server</translation>
    </message>
    <message>
        <source>Port %1 is free on %2: start your server</source>
        <translation>Port %1 ist auf %2 frei: Starten Sie Ihren Server</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>No program holds port %1</source>
        <translation>Kein Programm belegt Port %1</translation>
    </message>
    <message>
        <source>%1, calling itself &quot;%2&quot;</source>
        <translation>%1, das sich &quot;%2&quot; nennt</translation>
    </message>
    <message>
        <source>The proxy on port %1 answers, but the server behind it is down (%2)</source>
        <translation>Der Proxy auf Port %1 antwortet, aber der Server dahinter läuft nicht (%2)</translation>
    </message>
    <message>
        <source>%1 listens on port %2 and passes requests on to another server (its upstream or backend), which did not answer: &quot;%3&quot; is the proxy&apos;s own reply. Start the server the proxy forwards to, or check the address it forwards to (nginx: proxy_pass; Caddy: reverse_proxy; a dev server: its proxy setting). The proxy&apos;s error log names the upstream it tried.</source>
        <translation>%1 lauscht auf Port %2 und reicht Anfragen an einen anderen Server weiter (seinen Upstream oder sein Backend), der nicht geantwortet hat: &quot;%3&quot; ist die eigene Antwort des Proxys. Starten Sie den Server, an den der Proxy weiterleitet, oder prüfen Sie die Adresse, an die er weiterleitet (nginx: proxy_pass; Caddy: reverse_proxy; ein Entwicklungsserver: seine Proxy-Einstellung). Das Fehlerprotokoll des Proxys nennt den Upstream, den er versucht hat.</translation>
    </message>
    <message>
        <source>%1 listens on port %2 and passes requests on to another server (its upstream or backend), which did not answer in time: &quot;%3&quot; is the proxy&apos;s own reply. The server behind it is hung or overloaded; its log says why, and the proxy&apos;s error log names the upstream it waited for.</source>
        <translation>%1 lauscht auf Port %2 und reicht Anfragen an einen anderen Server weiter (seinen Upstream oder sein Backend), der nicht rechtzeitig geantwortet hat: &quot;%3&quot; ist die eigene Antwort des Proxys. Der Server dahinter hängt oder ist überlastet; sein Protokoll sagt, warum, und das Fehlerprotokoll des Proxys nennt den Upstream, auf den er gewartet hat.</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>An endpoint needs a name.</source>
        <translation>Ein Endpunkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; can&apos;t contain &quot;=&quot; or a line break.</source>
        <translation>Der Name &quot;%1&quot; darf kein &quot;=&quot; und keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; needs an address to check.</source>
        <translation>Der Endpunkt &quot;%1&quot; braucht eine Adresse zum Prüfen.</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; can&apos;t be read: %2</source>
        <translation>Die Adresse von &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The interval of &quot;%1&quot; must be from %2 to %3 seconds, not %4.</source>
        <translation>Das Intervall von &quot;%1&quot; muss zwischen %2 und %3 Sekunden liegen, nicht %4.</translation>
    </message>
    <message>
        <source>the file is not in the INI format</source>
        <translation>die Datei ist nicht im INI-Format</translation>
    </message>
    <message>
        <source>the file can&apos;t be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>unknown format version &quot;%1&quot;</source>
        <translation>unbekannte Formatversion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the number of endpoints &quot;%1&quot; is not a number</source>
        <translation>die Anzahl der Endpunkte &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>interval is not a number</source>
        <translation>das Intervall ist keine Zahl</translation>
    </message>
    <message>
        <source>enabled is neither true nor false</source>
        <translation>enabled ist weder true noch false</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>der Name &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>The endpoints file %1 can&apos;t be read fully (%2), and it could not be kept aside; nothing will be written to it.</source>
        <translation>Die Endpunktdatei %1 kann nicht vollständig gelesen werden (%2) und konnte nicht beiseitegelegt werden; es wird nichts hineingeschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The endpoints file %1 could not be read fully (%2). It was kept as %3; %n endpoint(s) could be read and are kept.</source>
        <translation>
            <numerusform>Die Endpunktdatei %1 konnte nicht vollständig gelesen werden (%2). Sie wurde als %3 aufbewahrt; %n Endpunkt konnte gelesen werden und bleibt erhalten.</numerusform>
            <numerusform>Die Endpunktdatei %1 konnte nicht vollständig gelesen werden (%2). Sie wurde als %3 aufbewahrt; %n Endpunkte konnten gelesen werden und bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No endpoint is called &quot;%1&quot;.</source>
        <translation>Kein Endpunkt heißt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Two endpoints are called &quot;%1&quot;.</source>
        <translation>Zwei Endpunkte heißen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not prepare the endpoints file %1 (the temporary folder %2 can&apos;t be written).</source>
        <translation>Die Endpunktdatei %1 konnte nicht vorbereitet werden (in den temporären Ordner %2 kann nicht geschrieben werden).</translation>
    </message>
    <message>
        <source>Could not write the endpoints file: %1</source>
        <translation>Die Endpunktdatei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Programs listening</source>
        <translation>Lauschende Programme</translation>
    </message>
    <message>
        <source>Listening on nearby ports</source>
        <translation>Lauscht auf nahen Ports</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>First bytes received</source>
        <translation>Erste empfangene Bytes</translation>
    </message>
    <message>
        <source>You typed</source>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>Ports one typo away</source>
        <translation>Ports einen Tippfehler entfernt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Verbindungsversuche</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>What &quot;%1&quot; does:</source>
        <translation>Was &quot;%1&quot; tut:</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer Eintrag</numerusform>
            <numerusform>… %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>MCP handshake</source>
        <translation>MCP-Handshake</translation>
    </message>
    <message>
        <source>MCP revision it speaks</source>
        <translation>MCP-Revision, die er spricht</translation>
    </message>
    <message>
        <source>MCP revision it does not speak</source>
        <translation>MCP-Revision, die er nicht spricht</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>A firewall silently drops connections to %1</source>
        <translation>Eine Firewall verwirft Verbindungen zu %1 stillschweigend</translation>
    </message>
    <message>
        <source>%1 is listening, but the system refused to send the connection (&quot;%2&quot;): a firewall rule for outgoing traffic blocks it.</source>
        <translation>%1 lauscht, aber das System hat sich geweigert, die Verbindung zu senden (&quot;%2&quot;): Eine Firewall-Regel für ausgehenden Verkehr blockiert sie.</translation>
    </message>
    <message>
        <source>%1 is listening and has room for new connections, yet the connection got no answer at all within %2 ms. That is what a firewall rule that drops packets looks like.</source>
        <translation>%1 lauscht und hat Platz für neue Verbindungen, doch die Verbindung bekam innerhalb von %2 ms überhaupt keine Antwort. So sieht eine Firewall-Regel aus, die Pakete verwirft.</translation>
    </message>
    <message>
        <source>A firewall rejects connections to %1</source>
        <translation>Eine Firewall weist Verbindungen zu %1 ab</translation>
    </message>
    <message>
        <source>%1 is listening on that address, yet the connection was refused (%2). A firewall rule that rejects packets does this.</source>
        <translation>%1 lauscht auf dieser Adresse, doch die Verbindung wurde abgewiesen (%2). Das tut eine Firewall-Regel, die Pakete zurückweist.</translation>
    </message>
    <message>
        <source>The rule is the default of %1: drop whatever no earlier rule allowed.</source>
        <translation>Die Regel ist die Voreinstellung von %1: alles verwerfen, was keine frühere Regel erlaubt hat.</translation>
    </message>
    <message>
        <source>The rule that does it: %1</source>
        <translation>Die Regel, die es tut: %1</translation>
    </message>
    <message>
        <source>Most likely this rule (it has conditions this tool can&apos;t check): %1</source>
        <translation>Höchstwahrscheinlich diese Regel (sie hat Bedingungen, die dieses Werkzeug nicht prüfen kann): %1</translation>
    </message>
    <message>
        <source>To let local connections through, add a rule that accepts them, for example: sudo %1</source>
        <translation>Um lokale Verbindungen durchzulassen, fügen Sie eine Regel hinzu, die sie annimmt, zum Beispiel: sudo %1</translation>
    </message>
    <message>
        <source>To let local connections through, remove that rule or add one before it, for example: sudo %1</source>
        <translation>Um lokale Verbindungen durchzulassen, entfernen Sie diese Regel oder fügen Sie eine davor ein, zum Beispiel: sudo %1</translation>
    </message>
    <message>
        <source>None of the firewall rules that could be read explains it; look for other filters (a container&apos;s or VPN&apos;s rules, eBPF programs, security software).</source>
        <translation>Keine der lesbaren Firewall-Regeln erklärt es; suchen Sie nach anderen Filtern (Regeln eines Containers oder VPNs, eBPF-Programme, Sicherheitssoftware).</translation>
    </message>
    <message>
        <source>The firewall&apos;s rules could not be read to name the rule.</source>
        <translation>Die Regeln der Firewall konnten nicht gelesen werden, um die Regel zu nennen.</translation>
    </message>
    <message>
        <source>Reading the firewall&apos;s rules needs administrator rights</source>
        <translation>Das Lesen der Firewall-Regeln erfordert Administratorrechte</translation>
    </message>
    <message>
        <source>Only root may read the firewall&apos;s rules, so no rule can be named here. To see them, run: %1 (or run this check as root: %2).</source>
        <translation>Nur root darf die Regeln der Firewall lesen, daher kann hier keine Regel genannt werden. Um sie zu sehen, führen Sie aus: %1 (oder führen Sie diese Prüfung als root aus: %2).</translation>
    </message>
    <message>
        <source>The firewall&apos;s rules could not be read</source>
        <translation>Die Regeln der Firewall konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading them failed: %1</source>
        <translation>Das Lesen ist gescheitert: %1</translation>
    </message>
    <message>
        <source>ufw (enabled)</source>
        <translation>ufw (aktiviert)</translation>
    </message>
    <message>
        <source>firewalld (running)</source>
        <translation>firewalld (läuft)</translation>
    </message>
    <message>
        <source>connections to %1 meet &quot;%2&quot;</source>
        <translation>Verbindungen zu %1 treffen auf &quot;%2&quot;</translation>
    </message>
    <message>
        <source>its rules let connections to port %1 through</source>
        <translation>ihre Regeln lassen Verbindungen zu Port %1 durch</translation>
    </message>
    <message>
        <source>ufw has rules for port %1: %2</source>
        <translation>ufw hat Regeln für Port %1: %2</translation>
    </message>
    <message>
        <source>ufw&apos;s standard rules accept all traffic on the loopback interface, so ufw by itself doesn&apos;t block localhost</source>
        <translation>Die Standardregeln von ufw nehmen allen Verkehr auf der Loopback-Schnittstelle an, daher blockiert ufw allein localhost nicht</translation>
    </message>
    <message>
        <source>No active firewall found</source>
        <translation>Keine aktive Firewall gefunden</translation>
    </message>
    <message>
        <source>No firewall rules could be read</source>
        <translation>Es konnten keine Firewall-Regeln gelesen werden</translation>
    </message>
    <message>
        <source>The firewall (nftables) has no rules, so it does not block anything.</source>
        <translation>Die Firewall (nftables) hat keine Regeln und blockiert daher nichts.</translation>
    </message>
    <message>
        <source>Nothing was found that would block local connections, but the rules themselves could not be read.</source>
        <translation>Es wurde nichts gefunden, das lokale Verbindungen blockieren würde, aber die Regeln selbst konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Active firewall: %1</source>
        <translation>Aktive Firewall: %1</translation>
    </message>
    <message>
        <source>Its rules could not be read to see what it does with this port.</source>
        <translation>Ihre Regeln konnten nicht gelesen werden, um zu sehen, was sie mit diesem Port macht.</translation>
    </message>
    <message>
        <source>Firewall not checked: the server answered</source>
        <translation>Firewall nicht geprüft: Der Server hat geantwortet</translation>
    </message>
    <message>
        <source>Every address tried (%1) accepted the connection, so no firewall rule blocks it; the firewall&apos;s rules were not read. They are read when a connection is refused or gets no answer.</source>
        <translation>Jede versuchte Adresse (%1) hat die Verbindung angenommen, also blockiert keine Firewall-Regel sie; die Regeln der Firewall wurden nicht gelesen. Sie werden gelesen, wenn eine Verbindung abgewiesen wird oder keine Antwort bekommt.</translation>
    </message>
    <message>
        <source>Only an administrator may read the firewall&apos;s rules, so no rule can be named here. To see them, open a Command Prompt with &quot;Run as administrator&quot; and run: %1 (or run this check from there: %2).</source>
        <translation>Nur ein Administrator darf die Regeln der Firewall lesen, daher kann hier keine Regel genannt werden. Um sie zu sehen, öffnen Sie eine Eingabeaufforderung mit &quot;Als Administrator ausführen&quot; und führen Sie aus: %1 (oder führen Sie diese Prüfung von dort aus: %2).</translation>
    </message>
</context>
<context>
    <name>Forwarders</name>
    <message>
        <source>docker-proxy (Docker)</source>
        <translation>docker-proxy (Docker)</translation>
    </message>
    <message>
        <source>the container</source>
        <translation>der Container</translation>
    </message>
    <message>
        <source>rootlesskit (rootless Docker or Podman)</source>
        <translation>rootlesskit (rootless Docker oder Podman)</translation>
    </message>
    <message>
        <source>a container runtime shim</source>
        <translation>ein Shim einer Container-Laufzeit</translation>
    </message>
    <message>
        <source>%1 (a container VM&apos;s port forward)</source>
        <translation>%1 (Portweiterleitung einer Container-VM)</translation>
    </message>
    <message>
        <source>wslrelay (WSL&apos;s localhost forwarding)</source>
        <translation>wslrelay (localhost-Weiterleitung von WSL)</translation>
    </message>
    <message>
        <source>WSL</source>
        <translation>WSL</translation>
    </message>
    <message>
        <source>kubectl port-forward (Kubernetes)</source>
        <translation>kubectl port-forward (Kubernetes)</translation>
    </message>
    <message>
        <source>the pod</source>
        <translation>der Pod</translation>
    </message>
    <message>
        <source>an SSH tunnel (ssh -L)</source>
        <translation>ein SSH-Tunnel (ssh -L)</translation>
    </message>
    <message>
        <source>the remote machine</source>
        <translation>der entfernte Rechner</translation>
    </message>
    <message>
        <source>VS Code&apos;s port forwarding</source>
        <translation>die Portweiterleitung von VS Code</translation>
    </message>
    <message>
        <source>the remote or dev container</source>
        <translation>der Remote- oder Dev-Container</translation>
    </message>
    <message>
        <source>the network namespace</source>
        <translation>Netzwerk-Namespace</translation>
    </message>
    <message>
        <source>the address it forwards to</source>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <source>socat (a port forward)</source>
        <translation>socat (eine Port-Weiterleitung)</translation>
    </message>
</context>
<context>
    <name>HttpFindings</name>
    <message>
        <source>The server describes how to log in here: %1</source>
        <translation>Der Server beschreibt hier, wie man sich anmeldet: %1</translation>
    </message>
    <message>
        <source>The MCP server needs you to log in first (HTTP 401)</source>
        <translation>Der MCP-Server verlangt, dass Sie sich zuerst anmelden (HTTP 401)</translation>
    </message>
    <message>
        <source>Nothing answers MCP at this path. MCP servers usually listen on /mcp (Streamable HTTP) or /sse (the older SSE transport); the server&apos;s startup message names the exact URL.</source>
        <translation>Unter diesem Pfad antwortet nichts auf MCP. MCP-Server lauschen meist auf /mcp (Streamable HTTP) oder /sse (das ältere SSE-Verfahren); die Startmeldung des Servers nennt die genaue URL.</translation>
    </message>
    <message>
        <source>This path does not accept the requests MCP sends (POST, or GET for SSE). It is probably another page of the server: try /mcp or /sse.</source>
        <translation>Dieser Pfad nimmt die Anfragen nicht an, die MCP sendet (POST, oder GET für SSE). Wahrscheinlich ist es eine andere Seite des Servers: Versuchen Sie /mcp oder /sse.</translation>
    </message>
    <message>
        <source>The server refused the request. MCP servers check the Host and Origin headers to block DNS rebinding, so one started for another host name (or with an allow-list) refuses this one; start it for localhost, or use the address it names.</source>
        <translation>Der Server hat die Anfrage abgelehnt. MCP-Server prüfen die Host- und Origin-Header, um DNS-Rebinding zu verhindern; einer, der für einen anderen Hostnamen (oder mit einer Erlaubnisliste) gestartet wurde, lehnt diesen daher ab. Starten Sie ihn für localhost oder verwenden Sie die Adresse, die er nennt.</translation>
    </message>
    <message>
        <source>The server failed while answering (HTTP %1). Its own log says why.</source>
        <translation>Der Server ist beim Antworten gescheitert (HTTP %1). Sein eigenes Protokoll sagt, warum.</translation>
    </message>
    <message>
        <source>The server rejected the MCP handshake with HTTP %1. Its answer may say why.</source>
        <translation>Der Server hat den MCP-Handshake mit HTTP %1 abgelehnt. Seine Antwort sagt vielleicht, warum.</translation>
    </message>
    <message>
        <source>It answered: %1</source>
        <translation>Er antwortete: %1</translation>
    </message>
    <message>
        <source>The address answered HTTP %1 to the MCP handshake</source>
        <translation>Die Adresse antwortete auf den MCP-Handshake mit HTTP %1</translation>
    </message>
    <message>
        <source>The address answered the MCP handshake with something that isn&apos;t MCP</source>
        <translation>Die Adresse antwortete auf den MCP-Handshake mit etwas, das kein MCP ist</translation>
    </message>
    <message>
        <source>It answered HTTP %1 (%2) but not with a JSON-RPC response. This is usually another web server on the same port, or the wrong path (MCP servers usually use /mcp or /sse).</source>
        <translation>Sie antwortete mit HTTP %1 (%2), aber nicht mit einer JSON-RPC-Antwort. Meist ist das ein anderer Webserver auf demselben Port oder der falsche Pfad (MCP-Server benutzen meist /mcp oder /sse).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>The MCP handshake could not reach the server</source>
        <translation>Der MCP-Handshake konnte den Server nicht erreichen</translation>
    </message>
    <message>
        <source>The HTTP request failed before any answer: %1. The server and firewall steps say more about the port.</source>
        <translation>Die HTTP-Anfrage ist vor jeder Antwort gescheitert: %1. Die Schritte Server und Firewall sagen mehr über den Port.</translation>
    </message>
    <message>
        <source>The MCP server sent more than %1 MB without answering</source>
        <translation>Der MCP-Server hat mehr als %1 MB gesendet, ohne zu antworten</translation>
    </message>
    <message>
        <source>It kept sending data without the response to our request, so the probe stopped reading. Clients struggle the same way. Look for a loop sending events at start.</source>
        <translation>Er sendete fortlaufend Daten ohne die Antwort auf unsere Anfrage, daher hat die Prüfung aufgehört zu lesen. Clients haben damit dieselben Probleme. Suchen Sie nach einer Schleife, die beim Start Ereignisse sendet.</translation>
    </message>
    <message>
        <source>It answered 401 Unauthorized, so a client must log in before it may talk to it. A stdio-only client reaches such a server through a bridge like mcp-remote, which opens a browser window for the OAuth login on first use (and waits for the answer on port 3334): finish that login, or give the bridge the token or API key header the server expects.</source>
        <translation>Er hat mit 401 Unauthorized geantwortet. Ein Client muss sich also anmelden, bevor er mit ihm sprechen darf. Ein Client, der nur stdio kann, erreicht einen solchen Server über eine Brücke wie mcp-remote. Diese öffnet beim ersten Mal ein Browserfenster für die OAuth-Anmeldung (und wartet auf Port 3334 auf die Antwort): Schließen Sie diese Anmeldung ab oder geben Sie der Brücke das Token oder den API-Key-Header, den der Server erwartet.</translation>
    </message>
    <message>
        <source>Its 401 names no resource_metadata, and none was found where clients look for it:
%1
A client can&apos;t start the login by itself then; the server must be given a token or API key.</source>
        <translation>Seine 401-Antwort nennt keine resource_metadata, und dort, wo Clients danach suchen, wurden auch keine gefunden:
%1
Ein Client kann die Anmeldung dann nicht selbst starten; der Server braucht ein Token oder einen API-Key.</translation>
    </message>
    <message>
        <source>Its 401 names no resource_metadata; clients find it at %1.</source>
        <translation>Seine 401-Antwort nennt keine resource_metadata; Clients finden sie unter %1.</translation>
    </message>
</context>
<context>
    <name>KnownPorts</name>
    <message>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SMTP (mail)</source>
        <translation>SMTP (E-Mail)</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>a web server (HTTP)</source>
        <translation>ein Webserver (HTTP)</translation>
    </message>
    <message>
        <source>POP3 (mail)</source>
        <translation>POP3 (E-Mail)</translation>
    </message>
    <message>
        <source>IMAP (mail)</source>
        <translation>IMAP (E-Mail)</translation>
    </message>
    <message>
        <source>a web server (HTTPS)</source>
        <translation>ein Webserver (HTTPS)</translation>
    </message>
    <message>
        <source>SMTP over TLS (mail)</source>
        <translation>SMTP über TLS (E-Mail)</translation>
    </message>
    <message>
        <source>SMTP submission (mail)</source>
        <translation>SMTP-Einlieferung (E-Mail)</translation>
    </message>
    <message>
        <source>CUPS (printing)</source>
        <translation>CUPS (Drucken)</translation>
    </message>
    <message>
        <source>IMAP over TLS (mail)</source>
        <translation>IMAP über TLS (E-Mail)</translation>
    </message>
    <message>
        <source>POP3 over TLS (mail)</source>
        <translation>POP3 über TLS (E-Mail)</translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>MQTT (Mosquitto)</source>
        <translation>MQTT (Mosquitto)</translation>
    </message>
    <message>
        <source>the Docker API</source>
        <translation>die Docker-API</translation>
    </message>
    <message>
        <source>a React, Next.js or Express dev server</source>
        <translation>ein React-, Next.js- oder Express-Entwicklungsserver</translation>
    </message>
    <message>
        <source>a second React, Next.js or Express dev server</source>
        <translation>ein zweiter React-, Next.js- oder Express-Entwicklungsserver</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>mcp-remote&apos;s OAuth callback</source>
        <translation>der OAuth-Rückruf von mcp-remote</translation>
    </message>
    <message>
        <source>the Angular dev server</source>
        <translation>der Angular-Entwicklungsserver</translation>
    </message>
    <message>
        <source>the Astro dev server</source>
        <translation>der Astro-Entwicklungsserver</translation>
    </message>
    <message>
        <source>a Flask dev server (or macOS AirPlay)</source>
        <translation>ein Flask-Entwicklungsserver (oder macOS AirPlay)</translation>
    </message>
    <message>
        <source>the Vite dev server</source>
        <translation>der Vite-Entwicklungsserver</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>RabbitMQ (AMQP)</source>
        <translation>RabbitMQ (AMQP)</translation>
    </message>
    <message>
        <source>VNC (remote desktop)</source>
        <translation>VNC (Fernzugriff)</translation>
    </message>
    <message>
        <source>the MCP Inspector&apos;s web UI</source>
        <translation>die Weboberfläche des MCP Inspectors</translation>
    </message>
    <message>
        <source>the MCP Inspector&apos;s proxy</source>
        <translation>der Proxy des MCP Inspectors</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>a dev server (Django, Python&apos;s http.server and others)</source>
        <translation>ein Entwicklungsserver (Django, Pythons http.server und andere)</translation>
    </message>
    <message>
        <source>a dev server or HTTP proxy</source>
        <translation>ein Entwicklungsserver oder HTTP-Proxy</translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
    <message>
        <source>PHP-FPM, SonarQube or MinIO</source>
        <translation>PHP-FPM, SonarQube oder MinIO</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>the RabbitMQ management UI</source>
        <translation>die Verwaltungsoberfläche von RabbitMQ</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>macOS AirPlay Receiver (ControlCenter)</source>
        <translation>macOS AirPlay-Empfänger (ControlCenter)</translation>
    </message>
</context>
<context>
    <name>LegacySseChannel</name>
    <message>
        <source>the SSE endpoint event</source>
        <translation>das endpoint-Ereignis des SSE-Streams</translation>
    </message>
</context>
<context>
    <name>ListenerTable</name>
    <message>
        <source>PROTO  ADDRESS                                   PID      PROGRAM          USER       COMMAND</source>
        <translation>PROTO  ADRESSE                                   PID      PROGRAMM         BENUTZER   BEFEHL</translation>
    </message>
</context>
<context>
    <name>MacSystem</name>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>pid %1 is launchd or not a process</source>
        <translation>PID %1 ist launchd oder kein Prozess</translation>
    </message>
    <message>
        <source>that is this program itself</source>
        <translation>das ist dieses Programm selbst</translation>
    </message>
    <message>
        <source>nothing to check that pid %1 is still the same process (no start time or executable)</source>
        <translation>Es lässt sich nicht prüfen, ob PID %1 noch derselbe Prozess ist (keine Startzeit oder ausführbare Datei)</translation>
    </message>
    <message>
        <source>%1 has already ended</source>
        <translation>%1 ist bereits beendet</translation>
    </message>
    <message>
        <source>pid %1 now belongs to another process; nothing was stopped. Check again.</source>
        <translation>PID %1 gehört jetzt zu einem anderen Prozess; es wurde nichts beendet. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2); only that user or an administrator (sudo) may stop it</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2); nur dieser Benutzer oder ein Administrator (sudo) darf ihn beenden</translation>
    </message>
    <message>
        <source>could not signal %1: not available in this build</source>
        <translation>Signal an %1 nicht möglich: in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <source>not allowed to signal %1</source>
        <translation>keine Berechtigung, ein Signal an %1 zu senden</translation>
    </message>
    <message>
        <source>could not signal %1</source>
        <translation>Signal an %1 konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>%1 ended after SIGTERM</source>
        <translation>%1 wurde nach SIGTERM beendet</translation>
    </message>
    <message>
        <source>%1 is still running %2 ms after SIGTERM; it can be killed (SIGKILL)</source>
        <translation>%1 läuft %2 ms nach SIGTERM immer noch; er kann zwangsweise beendet werden (SIGKILL)</translation>
    </message>
    <message>
        <source>could not kill %1</source>
        <translation>%1 konnte nicht zwangsweise beendet werden</translation>
    </message>
    <message>
        <source>%1 was killed (SIGKILL)</source>
        <translation>%1 wurde zwangsweise beendet (SIGKILL)</translation>
    </message>
    <message>
        <source>%1 was sent SIGKILL but has not ended</source>
        <translation>%1 hat SIGKILL erhalten, ist aber nicht beendet</translation>
    </message>
    <message>
        <source>%1 could not be run (%2). To see the same by hand, open Terminal and run: %3</source>
        <translation>%1 konnte nicht ausgeführt werden (%2). Um es selbst nachzuprüfen, öffnen Sie das Terminal und führen Sie aus: %3</translation>
    </message>
    <message>
        <source>%1 gave no answer in time. To see the same by hand, open Terminal and run: %2</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Um es selbst nachzuprüfen, öffnen Sie das Terminal und führen Sie aus: %2</translation>
    </message>
    <message>
        <source>%1 needs administrator rights. Open Terminal and run: sudo %2</source>
        <translation>%1 benötigt Administratorrechte. Öffnen Sie das Terminal und führen Sie aus: sudo %2</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2: %3). To see the same by hand, open Terminal and run: %4</source>
        <translation>%1 ist fehlgeschlagen (Exit-Status %2: %3). Um es selbst nachzuprüfen, öffnen Sie das Terminal und führen Sie aus: %4</translation>
    </message>
    <message>
        <source>%1 could not be read. To see it by hand, open Terminal and run: cat %1</source>
        <translation>%1 konnte nicht gelesen werden. Um die Datei selbst anzusehen, öffnen Sie das Terminal und führen Sie aus: cat %1</translation>
    </message>
    <message>
        <source>%1 does not resolve (dscacheutil found no address)</source>
        <translation>%1 lässt sich nicht auflösen (dscacheutil hat keine Adresse gefunden)</translation>
    </message>
    <message>
        <source>connecting is not available in this build</source>
        <translation>Verbinden ist in dieser Version nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>MacosTraps</name>
    <message>
        <source>System Settings › General › AirDrop &amp; Handoff › AirPlay Receiver</source>
        <translation>Systemeinstellungen › Allgemein › AirDrop &amp; Handoff › AirPlay-Empfänger</translation>
    </message>
    <message>
        <source>System Preferences › Sharing › AirPlay Receiver</source>
        <translation>Systemeinstellungen › Freigaben › AirPlay-Empfänger</translation>
    </message>
    <message>
        <source>%1 (macOS 13 and later), or %2 (macOS 12)</source>
        <translation>%1 (macOS 13 und neuer) oder %2 (macOS 12)</translation>
    </message>
    <message>
        <source>System Settings › Network › Firewall › Options… › Block all incoming connections</source>
        <translation>Systemeinstellungen › Netzwerk › Firewall › Optionen … › Alle eingehenden Verbindungen blockieren</translation>
    </message>
    <message>
        <source>System Preferences › Security &amp; Privacy › Firewall › Firewall Options… › Block all incoming connections</source>
        <translation>Systemeinstellungen › Sicherheit › Firewall › Firewall-Optionen … › Alle eingehenden Verbindungen blockieren</translation>
    </message>
    <message>
        <source>%1 (macOS 13 and later), or %2 (earlier versions)</source>
        <translation>%1 (macOS 13 und neuer) oder %2 (frühere Versionen)</translation>
    </message>
    <message>
        <source>ControlCenter (pid %1)</source>
        <translation>ControlCenter (PID %1)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>macOS AirPlay Receiver holds port %1</source>
        <translation>Der macOS-AirPlay-Empfänger belegt Port %1</translation>
    </message>
    <message>
        <source>Port %1 is held by %2: it is AirPlay Receiver, which lets other devices stream to this Mac. Since macOS 12 it listens on ports 5000 and 7000 on every address, so a server of yours can&apos;t start there (&quot;Address already in use&quot;), and a browser or client asking for localhost:%1 may get AirPlay&apos;s answer (often 403 Forbidden) instead of your server&apos;s.</source>
        <translation>Port %1 wird von %2 belegt: Das ist der AirPlay-Empfänger, über den andere Geräte Inhalte auf diesen Mac streamen können. Seit macOS 12 lauscht er auf den Ports 5000 und 7000 an jeder Adresse, daher kann ein Server von Ihnen dort nicht starten (&quot;Address already in use&quot;), und ein Browser oder Client, der localhost:%1 anfragt, bekommt womöglich die Antwort von AirPlay (oft 403 Forbidden) statt der Ihres Servers.</translation>
    </message>
    <message>
        <source>Turn it off in %1, or start your server on another port (Flask: flask run --port 5001).</source>
        <translation>Schalten Sie ihn unter %1 aus oder starten Sie Ihren Server auf einem anderen Port (Flask: flask run --port 5001).</translation>
    </message>
    <message>
        <source>Use port %1 instead (free now)</source>
        <translation>Stattdessen Port %1 verwenden (jetzt frei)</translation>
    </message>
    <message>
        <source>The macOS firewall blocks all incoming connections</source>
        <translation>Die macOS-Firewall blockiert alle eingehenden Verbindungen</translation>
    </message>
    <message>
        <source>The Application Firewall is set to &quot;Block all incoming connections&quot;: only essential system services may receive connections from the network, so no other computer or phone can reach a server of yours on this Mac.</source>
        <translation>Die Application Firewall ist auf &quot;Alle eingehenden Verbindungen blockieren&quot; eingestellt: Nur notwendige Systemdienste dürfen Verbindungen aus dem Netzwerk empfangen, daher kann kein anderer Computer und kein Telefon einen Server von Ihnen auf diesem Mac erreichen.</translation>
    </message>
    <message>
        <source>That is why the connection to %1 failed while the server listens.</source>
        <translation>Deshalb ist die Verbindung zu %1 gescheitert, obwohl der Server lauscht.</translation>
    </message>
    <message>
        <source>Connections from this Mac to localhost (127.0.0.1, ::1) are normally not affected.</source>
        <translation>Verbindungen von diesem Mac zu localhost (127.0.0.1, ::1) sind normalerweise nicht betroffen.</translation>
    </message>
    <message>
        <source>To let them in, untick %1, or run: %2</source>
        <translation>Um sie hereinzulassen, entfernen Sie das Häkchen bei %1 oder führen Sie aus: %2</translation>
    </message>
    <message>
        <source>macOS Application Firewall (blocking all incoming connections)</source>
        <translation>macOS Application Firewall (blockiert alle eingehenden Verbindungen)</translation>
    </message>
    <message>
        <source>macOS Application Firewall (stealth mode)</source>
        <translation>macOS Application Firewall (Tarnmodus)</translation>
    </message>
    <message>
        <source>macOS Application Firewall</source>
        <translation>macOS Application Firewall</translation>
    </message>
    <message>
        <source>pf (enabled)</source>
        <translation>pf (aktiviert)</translation>
    </message>
    <message>
        <source>the macOS Application Firewall decides per app which programs may receive connections from the network; connections from this Mac to localhost are normally not filtered</source>
        <translation>die macOS Application Firewall entscheidet pro App, welche Programme Verbindungen aus dem Netzwerk empfangen dürfen; Verbindungen von diesem Mac zu localhost werden normalerweise nicht gefiltert</translation>
    </message>
    <message>
        <source>it blocks incoming connections for %1</source>
        <translation>sie blockiert eingehende Verbindungen für %1</translation>
    </message>
    <message>
        <source>System Settings › Privacy &amp; Security › Local Network</source>
        <translation>Systemeinstellungen › Datenschutz &amp; Sicherheit › Lokales Netzwerk</translation>
    </message>
    <message>
        <source>macOS Local Network privacy blocks connections to %1</source>
        <translation>Der macOS-Datenschutz für das lokale Netzwerk blockiert Verbindungen zu %1</translation>
    </message>
    <message>
        <source>The server answers on 127.0.0.1:%1, yet connecting to this Mac&apos;s address %2 failed at once with &quot;No route to host&quot;. Since macOS 15 an app needs the Local Network permission to connect to addresses on the local network, and without it macOS refuses exactly like that.</source>
        <translation>Der Server antwortet auf 127.0.0.1:%1, doch die Verbindung zur Adresse %2 dieses Macs ist sofort mit &quot;No route to host&quot; gescheitert. Seit macOS 15 braucht eine App die Berechtigung &quot;Lokales Netzwerk&quot;, um sich mit Adressen im lokalen Netzwerk zu verbinden, und ohne sie lehnt macOS genau so ab.</translation>
    </message>
    <message>
        <source>Connecting to %1, an address on the local network, failed at once with &quot;No route to host&quot; while connections on this Mac work. Since macOS 15 an app needs the Local Network permission to reach devices on the local network, and without it macOS refuses exactly like that (a device that is switched off answers more slowly).</source>
        <translation>Die Verbindung zu %1, einer Adresse im lokalen Netzwerk, ist sofort mit &quot;No route to host&quot; gescheitert, während Verbindungen auf diesem Mac funktionieren. Seit macOS 15 braucht eine App die Berechtigung &quot;Lokales Netzwerk&quot;, um Geräte im lokalen Netzwerk zu erreichen, und ohne sie lehnt macOS genau so ab (ein ausgeschaltetes Gerät antwortet langsamer).</translation>
    </message>
    <message>
        <source>Open %1 and turn it on for the app that makes the connection: for command-line tools that is the terminal app they run in (iTerm, Warp, Ghostty, your editor; Apple&apos;s Terminal is exempt); for Claude Desktop, Claude. Then restart that app.</source>
        <translation>Öffnen Sie %1 und schalten Sie die Berechtigung für die App ein, die die Verbindung herstellt: Bei Befehlszeilenwerkzeugen ist das die Terminal-App, in der sie laufen (iTerm, Warp, Ghostty, Ihr Editor; Apples Terminal ist ausgenommen); bei Claude Desktop ist es Claude. Starten Sie diese App danach neu.</translation>
    </message>
</context>
<context>
    <name>McpCommand</name>
    <message>
        <source>--fix needs --server NAME: the server whose entry to change.</source>
        <translation>--fix braucht --server NAME: den Server, dessen Eintrag geändert wird.</translation>
    </message>
    <message>
        <source>The config can&apos;t be read as JSON, so it is left untouched: %1</source>
        <translation>Die Konfiguration lässt sich nicht als JSON lesen und bleibt daher unverändert: %1</translation>
    </message>
    <message>
        <source>The check offers no fix for server &quot;%1&quot; that edits the config.</source>
        <translation>Die Prüfung bietet für Server &quot;%1&quot; keine Korrektur an, die die Konfiguration bearbeitet.</translation>
    </message>
    <message>
        <source>The check does not offer %1 for server &quot;%2&quot;; it offers: %3</source>
        <translation>Die Prüfung bietet %1 für Server &quot;%2&quot; nicht an; sie bietet: %3</translation>
    </message>
    <message>
        <source>%1 for server &quot;%2&quot; in %3:</source>
        <translation>%1 für Server &quot;%2&quot; in %3:</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to apply it.</source>
        <translation>Nichts wurde geändert: Fügen Sie --yes hinzu, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>Restoring %1 from %2 would change:</source>
        <translation>Die Wiederherstellung von %1 aus %2 würde ändern:</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to restore it.</source>
        <translation>Nichts wurde geändert: Fügen Sie --yes hinzu, um die Wiederherstellung auszuführen.</translation>
    </message>
    <message>
        <source>Only check the config and what it names; start no server and connect to nothing.</source>
        <translation>Nur die Konfiguration und das, was sie nennt, prüfen; keinen Server starten und keine Verbindung aufbauen.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema localhost-doctor/report@1).</source>
        <translation>Den Bericht als JSON ausgeben (Schema localhost-doctor/report@1).</translation>
    </message>
    <message>
        <source>Show the evidence behind each finding, and log to the terminal.</source>
        <translation>Die Belege hinter jedem Befund zeigen und im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>Never colour the output.</source>
        <translation>Die Ausgabe nie einfärben.</translation>
    </message>
    <message>
        <source>The server whose entry --fix changes.</source>
        <translation>Der Server, dessen Eintrag --fix ändert.</translation>
    </message>
    <message>
        <source>With --fix fix.use_port: which of the offered ports.</source>
        <translation>Mit --fix fix.use_port: welcher der angebotenen Ports.</translation>
    </message>
    <message>
        <source>Restore the config from a backup a fix made.</source>
        <translation>Die Konfiguration aus einer Sicherungskopie wiederherstellen, die eine Korrektur angelegt hat.</translation>
    </message>
    <message>
        <source>Really change the config (otherwise only show the change).</source>
        <translation>Die Konfiguration wirklich ändern (sonst nur die Änderung zeigen).</translation>
    </message>
    <message>
        <source>mcp takes no target; use --config FILE to read another config.</source>
        <translation>mcp nimmt kein Ziel; verwenden Sie --config DATEI, um eine andere Konfiguration zu lesen.</translation>
    </message>
    <message>
        <source>--fix and --undo can&apos;t be used together.</source>
        <translation>--fix und --undo können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Checks the config of every MCP client found (%1) and every MCP server in it.</source>
        <translation>Prüft die Konfiguration jedes gefundenen MCP-Clients (%1) und jeden MCP-Server darin.</translation>
    </message>
    <message>
        <source>Read this config file; its client is guessed from its name and shape (and said).</source>
        <translation>Diese Konfigurationsdatei lesen; der zugehörige Client wird anhand von Name und Aufbau erraten (und angegeben).</translation>
    </message>
    <message>
        <source>Check only this client&apos;s config, or read --config by its rules: %1.</source>
        <translation>Nur die Konfiguration dieses Clients prüfen oder --config nach dessen Regeln lesen: %1.</translation>
    </message>
    <message>
        <source>How long each server may take to answer the handshake (default 10000; %1 itself waits 60000).</source>
        <translation>Wie lange jeder Server für die Antwort auf den Handshake brauchen darf (Standard 10000; %1 selbst wartet 60000).</translation>
    </message>
    <message>
        <source>Unknown client &quot;%1&quot;; these are known: %2.</source>
        <translation>Unbekannter Client &quot;%1&quot;; bekannt sind: %2.</translation>
    </message>
    <message>
        <source>%1 is not a fix that edits the config; these are: fix.use_absolute_command, fix.use_port, fix.wrap_in_cmd, fix.wrap_in_braces, fix.move_servers, fix.name_server, fix.wrap_servers, fix.use_host_docker_internal, fix.add_localhost_doctor.</source>
        <translation>%1 ist keine Korrektur, die die Konfiguration bearbeitet; das sind: fix.use_absolute_command, fix.use_port, fix.wrap_in_cmd, fix.wrap_in_braces, fix.move_servers, fix.name_server, fix.wrap_servers, fix.use_host_docker_internal, fix.add_localhost_doctor.</translation>
    </message>
    <message>
        <source>Apply a fix the check offers that edits the config: fix.use_absolute_command, fix.use_port or fix.wrap_in_cmd; or fix.add_localhost_doctor with --client NAME (or --config FILE): add Localhost Doctor itself as an MCP server of that client.</source>
        <translation>Eine von der Prüfung angebotene Korrektur anwenden, die die Konfiguration bearbeitet: fix.use_absolute_command, fix.use_port oder fix.wrap_in_cmd; oder fix.add_localhost_doctor mit --client NAME (oder --config FILE): Localhost Doctor selbst als MCP-Server dieses Clients hinzufügen.</translation>
    </message>
    <message>
        <source>%1 needs --client NAME (%2) or --config FILE: the config to add Localhost Doctor to.</source>
        <translation>%1 braucht --client NAME (%2) oder --config FILE: die Konfiguration, zu der Localhost Doctor hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>There is no file of %1 here that Localhost Doctor can add itself to.</source>
        <translation>Hier gibt es keine Datei von %1, zu der sich Localhost Doctor hinzufügen kann.</translation>
    </message>
    <message>
        <source>Add Localhost Doctor to %1: create %2:</source>
        <translation>Localhost Doctor zu %1 hinzufügen: %2 anlegen:</translation>
    </message>
    <message>
        <source>Add Localhost Doctor to %1 in %2:</source>
        <translation>Localhost Doctor zu %1 in %2 hinzufügen:</translation>
    </message>
    <message>
        <source>To take it back: localhost-doctor mcp --undo %1 --yes</source>
        <translation>Zum Rückgängigmachen: localhost-doctor mcp --undo %1 --yes</translation>
    </message>
</context>
<context>
    <name>McpConfigReader</name>
    <message>
        <source>There is a comma after the last item (line %1, column %2), just before the closing bracket on line %3. JSON does not allow that: delete that comma.</source>
        <translation>Nach dem letzten Element steht ein Komma (Zeile %1, Spalte %2), direkt vor der schließenden Klammer in Zeile %3. JSON erlaubt das nicht: Löschen Sie dieses Komma.</translation>
    </message>
    <message>
        <source>A comma is missing between two items: add a , at line %1, column %2 (the next item starts on line %3).</source>
        <translation>Zwischen zwei Elementen fehlt ein Komma: Fügen Sie ein , in Zeile %1, Spalte %2 ein (das nächste Element beginnt in Zeile %3).</translation>
    </message>
    <message>
        <source>A colon is missing between a name and its value: write &quot;name&quot;: value.</source>
        <translation>Zwischen einem Namen und seinem Wert fehlt ein Doppelpunkt: Schreiben Sie &quot;name&quot;: wert.</translation>
    </message>
    <message>
        <source>A backslash inside quotes must be doubled. Windows paths are the usual cause: write &quot;C:\\Users\\you&quot; or use forward slashes, &quot;C:/Users/you&quot;.</source>
        <translation>Ein Backslash in Anführungszeichen muss verdoppelt werden. Meist sind Windows-Pfade die Ursache: Schreiben Sie &quot;C:\\Users\\you&quot; oder benutzen Sie Schrägstriche, &quot;C:/Users/you&quot;.</translation>
    </message>
    <message>
        <source>This is a curly quote (“ ” ‘ ’), as word processors and chat apps type them. JSON needs plain straight double quotes: &quot;.</source>
        <translation>Das ist ein typografisches Anführungszeichen (“ ” ‘ ’), wie es Textverarbeitungen und Chat-Apps setzen. JSON braucht einfache gerade doppelte Anführungszeichen: &quot;.</translation>
    </message>
    <message>
        <source>JSON needs double quotes &quot; around text, not single quotes &apos;.</source>
        <translation>JSON braucht doppelte Anführungszeichen &quot; um Text, keine einfachen &apos;.</translation>
    </message>
    <message>
        <source>Names in JSON need double quotes: write &quot;name&quot;: value, not name: value.</source>
        <translation>Namen brauchen in JSON doppelte Anführungszeichen: Schreiben Sie &quot;name&quot;: wert, nicht name: wert.</translation>
    </message>
    <message>
        <source>JSON does not allow comments (// or /* */). Delete the comment.</source>
        <translation>JSON erlaubt keine Kommentare (// oder /* */). Löschen Sie den Kommentar.</translation>
    </message>
    <message>
        <source>A second {…} starts after the first one has ended: two configs were pasted one after the other. Move the servers of the second into the &quot;mcpServers&quot; of the first and delete the rest.</source>
        <translation>Ein zweites {…} beginnt, nachdem das erste geendet hat: Zwei Konfigurationen wurden hintereinander eingefügt. Verschieben Sie die Server der zweiten in &quot;mcpServers&quot; der ersten und löschen Sie den Rest.</translation>
    </message>
    <message>
        <source>The file starts with an invisible byte-order mark (BOM), which some Windows editors add. Save it as &quot;UTF-8&quot; (without BOM).</source>
        <translation>Die Datei beginnt mit einer unsichtbaren Bytereihenfolge-Markierung (BOM), die manche Windows-Editoren hinzufügen. Speichern Sie sie als &quot;UTF-8&quot; (ohne BOM).</translation>
    </message>
    <message>
        <source>This text in quotes is never closed: a closing &quot; is missing on that line.</source>
        <translation>Dieser Text in Anführungszeichen wird nie geschlossen: In dieser Zeile fehlt ein schließendes &quot;.</translation>
    </message>
    <message>
        <source>A tab or other invisible character is inside quotes; JSON needs it written as \t or removed.</source>
        <translation>Ein Tabulator oder anderes unsichtbares Zeichen steht in Anführungszeichen; JSON verlangt, dass es als \t geschrieben oder entfernt wird.</translation>
    </message>
    <message>
        <source>The file ends too early: a closing } or ] (or more) is missing at the end.</source>
        <translation>Die Datei endet zu früh: Am Ende fehlt eine schließende } oder ] (oder mehr).</translation>
    </message>
    <message>
        <source>The file is empty. The smallest valid config is {&quot;mcpServers&quot;: {}}.</source>
        <translation>Die Datei ist leer. Die kleinste gültige Konfiguration ist {&quot;mcpServers&quot;: {}}.</translation>
    </message>
    <message>
        <source>There is more text after the end of the config. Delete it.</source>
        <translation>Nach dem Ende der Konfiguration folgt weiterer Text. Löschen Sie ihn.</translation>
    </message>
    <message>
        <source>Something unexpected is at this spot.</source>
        <translation>An dieser Stelle steht etwas Unerwartetes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not expected at this spot.</source>
        <translation>&quot;%1&quot; wird an dieser Stelle nicht erwartet.</translation>
    </message>
    <message>
        <source>Reach it through mcp-remote</source>
        <translation>Über mcp-remote erreichen</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; must be an object { … }</source>
        <translation>Server &quot;%1&quot; muss ein Objekt { … } sein</translation>
    </message>
    <message>
        <source>%1 must be an object with a &quot;command&quot; and, usually, &quot;args&quot;: {&quot;command&quot;: &quot;npx&quot;, &quot;args&quot;: [&quot;-y&quot;, &quot;some-mcp-server&quot;]}.</source>
        <translation>%1 muss ein Objekt mit einem &quot;command&quot; und meist &quot;args&quot; sein: {&quot;command&quot;: &quot;npx&quot;, &quot;args&quot;: [&quot;-y&quot;, &quot;some-mcp-server&quot;]}.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no &quot;command&quot;</source>
        <translation>Server &quot;%1&quot; hat kein &quot;command&quot;</translation>
    </message>
    <message>
        <source>The &quot;command&quot; of server &quot;%1&quot; must be a program name in quotes</source>
        <translation>Das &quot;command&quot; von Server &quot;%1&quot; muss ein Programmname in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>%1 must be text naming one program, like &quot;npx&quot; or &quot;/usr/local/bin/node&quot;; its arguments go into &quot;args&quot;.</source>
        <translation>%1 muss Text sein, der ein Programm nennt, etwa &quot;npx&quot; oder &quot;/usr/local/bin/node&quot;; seine Argumente gehören in &quot;args&quot;.</translation>
    </message>
    <message>
        <source>The &quot;args&quot; of server &quot;%1&quot; must be a list of texts</source>
        <translation>Die &quot;args&quot; von Server &quot;%1&quot; müssen eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>%1 must be a list in square brackets, each argument in quotes: [&quot;-y&quot;, &quot;some-mcp-server&quot;, &quot;/some/folder&quot;].</source>
        <translation>%1 muss eine Liste in eckigen Klammern sein, jedes Argument in Anführungszeichen: [&quot;-y&quot;, &quot;some-mcp-server&quot;, &quot;/some/folder&quot;].</translation>
    </message>
    <message>
        <source>Argument %1 of server &quot;%2&quot; must be in quotes</source>
        <translation>Argument %1 von Server &quot;%2&quot; muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>%1 must be a list of texts: write numbers and words in quotes too, for example &quot;3000&quot; instead of 3000.</source>
        <translation>%1 muss eine Liste von Texten sein: Schreiben Sie auch Zahlen und Wörter in Anführungszeichen, zum Beispiel &quot;3000&quot; statt 3000.</translation>
    </message>
    <message>
        <source>The &quot;env&quot; of server &quot;%1&quot; must be an object of texts</source>
        <translation>Das &quot;env&quot; von Server &quot;%1&quot; muss ein Objekt aus Texten sein</translation>
    </message>
    <message>
        <source>%1 must be an object of names and texts: {&quot;API_KEY&quot;: &quot;…&quot;}.</source>
        <translation>%1 muss ein Objekt aus Namen und Texten sein: {&quot;API_KEY&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>The variable %1 of server &quot;%2&quot; must be in quotes</source>
        <translation>Die Variable %1 von Server &quot;%2&quot; muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>%1 must be text: environment variables are always text, so write &quot;1&quot; or &quot;true&quot; with quotes.</source>
        <translation>%1 muss Text sein: Umgebungsvariablen sind immer Text, schreiben Sie also &quot;1&quot; oder &quot;true&quot; mit Anführungszeichen.</translation>
    </message>
    <message>
        <source>The config file %1 does not exist</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>The %1 config is not valid JSON (line %2, column %3)</source>
        <translation>Die Konfiguration von %1 ist kein gültiges JSON (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>%1 can&apos;t read %2, so it starts none of your MCP servers.

%3

%4

Fix it in a text editor and save the file. %5</source>
        <translation>%1 kann %2 nicht lesen und startet daher keinen Ihrer MCP-Server.

%3

%4

Korrigieren Sie den Fehler in einem Texteditor und speichern Sie die Datei. %5</translation>
    </message>
    <message>
        <source>The brackets are nested too deeply to be an MCP config.</source>
        <translation>Die Klammern sind zu tief verschachtelt für eine MCP-Konfiguration.</translation>
    </message>
    <message>
        <source>The file holds &quot;mcpServers&quot;: { … } without the outer curly brackets, as it is often copied from a web page. Wrap the whole text in { } (the fix below does exactly that).</source>
        <translation>Die Datei enthält &quot;mcpServers&quot;: { … } ohne die äußeren geschweiften Klammern, so wie es oft von einer Webseite kopiert wird. Setzen Sie den gesamten Text in { } (die Korrektur unten macht genau das).</translation>
    </message>
    <message>
        <source>%1 does not read the address of server &quot;%2&quot; inside &quot;transport&quot;</source>
        <translation>%1 liest die Adresse von Server &quot;%2&quot; nicht innerhalb von &quot;transport&quot;</translation>
    </message>
    <message>
        <source>%1 expects the address directly in the entry: &quot;%2&quot;: &quot;%3&quot;, not inside &quot;transport&quot;: { &quot;url&quot;: … }. Move it up one level.</source>
        <translation>%1 erwartet die Adresse direkt im Eintrag: &quot;%2&quot;: &quot;%3&quot;, nicht innerhalb von &quot;transport&quot;: { &quot;url&quot;: … }. Verschieben Sie sie eine Ebene nach oben.</translation>
    </message>
    <message>
        <source>%1 skips server &quot;%2&quot;: it only starts local (stdio) servers</source>
        <translation>%1 überspringt Server &quot;%2&quot;: Es startet nur lokale (stdio-)Server</translation>
    </message>
    <message>
        <source>This entry names a web address instead of a command. %1&apos;s config file can only start programs that talk over standard input and output, so this server never appears. Reach it through a bridge that %1 can start: &quot;command&quot;: &quot;npx&quot;, &quot;args&quot;: [&quot;mcp-remote&quot;, &quot;%2&quot;] (needs Node.js), or add it in the app&apos;s Settings under Connectors.</source>
        <translation>Dieser Eintrag nennt eine Webadresse statt eines Befehls. Über die Konfigurationsdatei von %1 lassen sich nur Programme starten, die über Standardeingabe und -ausgabe kommunizieren; dieser Server erscheint daher nie. Binden Sie ihn über eine Brücke ein, die %1 starten kann: &quot;command&quot;: &quot;npx&quot;, &quot;args&quot;: [&quot;mcp-remote&quot;, &quot;%2&quot;] (benötigt Node.js), oder fügen Sie ihn in den Einstellungen der App unter Connectors hinzu.</translation>
    </message>
    <message>
        <source>%1 needs to know which program to start for this server. Add &quot;command&quot;: &quot;npx&quot; (or the program&apos;s full path) to %2.</source>
        <translation>%1 muss wissen, welches Programm für diesen Server gestartet werden soll. Fügen Sie &quot;command&quot;: &quot;npx&quot; (oder den vollständigen Pfad des Programms) zu %2 hinzu.</translation>
    </message>
    <message>
        <source>The servers list has too many entries</source>
        <translation>Die Serverliste hat zu viele Einträge</translation>
    </message>
    <message>
        <source>The %1 config must be an object { … }</source>
        <translation>Die Konfiguration von %1 muss ein Objekt { … } sein</translation>
    </message>
    <message>
        <source>The whole file must be one object in curly brackets: {&quot;%1&quot;: { … }}.</source>
        <translation>Die ganze Datei muss ein einziges Objekt in geschweiften Klammern sein: {&quot;%1&quot;: { … }}.</translation>
    </message>
    <message>
        <source>The %1 config has no &quot;%2&quot;</source>
        <translation>Die Konfiguration von %1 enthält kein &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 looks for MCP servers under &quot;%2&quot; and finds none. Add &quot;%2&quot;: { &quot;NAME&quot;: { &quot;command&quot;: …, &quot;args&quot;: […] } } to the outer object (check the spelling: the name is case-sensitive).</source>
        <translation>%1 sucht MCP-Server unter &quot;%2&quot; und findet keine. Fügen Sie &quot;%2&quot;: { &quot;NAME&quot;: { &quot;command&quot;: …, &quot;args&quot;: […] } } zum äußeren Objekt hinzu (prüfen Sie die Schreibweise: Groß- und Kleinschreibung des Namens zählt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object { … }, one entry per server</source>
        <translation>&quot;%1&quot; muss ein Objekt { … } sein, mit einem Eintrag pro Server</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map each server&apos;s name to its settings: &quot;%1&quot;: { &quot;files&quot;: { &quot;command&quot;: … } }, not a list.</source>
        <translation>&quot;%1&quot; muss jedem Servernamen seine Einstellungen zuordnen: &quot;%1&quot;: { &quot;files&quot;: { &quot;command&quot;: … } }, keine Liste.</translation>
    </message>
    <message>
        <source>%1&apos;s config file was not found</source>
        <translation>Die Konfigurationsdatei von %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Looked in:%1

%2 creates this file when you open Settings → Developer → Edit Config. Until it exists, %2 starts no MCP servers.</source>
        <translation>Gesucht in:%1

%2 legt diese Datei an, wenn Sie Einstellungen → Entwickler → Konfiguration bearbeiten öffnen. Solange sie nicht existiert, startet %2 keine MCP-Server.</translation>
    </message>
    <message>
        <source>Looked in:%1

Until one exists, %2 starts no MCP servers.</source>
        <translation>Gesucht in:%1

Solange keine existiert, startet %2 keine MCP-Server.</translation>
    </message>
    <message>
        <source>Looked in:%1</source>
        <translation>Gesucht in:%1</translation>
    </message>
</context>
<context>
    <name>McpEras</name>
    <message>
        <source>Server &quot;%1&quot; speaks only %2; a client that sends %3 can&apos;t use it</source>
        <translation>Server &quot;%1&quot; spricht nur %2; ein Client, der %3 sendet, kann ihn nicht nutzen</translation>
    </message>
    <message>
        <source>It answered server/discover (revision %1) and not initialize (%2), each tried in a fresh process. Clients and bridges that open with initialize fail with it: update them, or run the server in a mode that also accepts initialize.</source>
        <translation>Er hat auf server/discover (Revision %1) geantwortet, nicht aber auf initialize (%2); beides wurde jeweils in einem neuen Prozess versucht. Clients und Brücken, die mit initialize beginnen, scheitern an ihm: Aktualisieren Sie diese oder starten Sie den Server in einem Modus, der auch initialize akzeptiert.</translation>
    </message>
    <message>
        <source>It answered initialize (revision %1) and not server/discover (%2), each tried in a fresh process. Clients of revision %2 that do not fall back to initialize fail with it: update the server (or its MCP SDK) when such a client can&apos;t use it.</source>
        <translation>Er hat auf initialize (Revision %1) geantwortet, nicht aber auf server/discover (%2); beides wurde jeweils in einem neuen Prozess versucht. Clients der Revision %2, die nicht auf initialize zurückgreifen, scheitern an ihm: Aktualisieren Sie den Server (oder sein MCP SDK), wenn ein solcher Client ihn nicht nutzen kann.</translation>
    </message>
</context>
<context>
    <name>McpServer</name>
    <message>
        <source>Diagnoses why an address on this computer (localhost:PORT) can&apos;t be reached, what listens where, which port is free, and what is wrong with an MCP client&apos;s config. The tools only read: fixes come back with the command a person can run.</source>
        <translation>Ermittelt, warum eine Adresse auf diesem Computer (localhost:PORT) nicht erreichbar ist, was wo lauscht, welcher Port frei ist und was an der Konfiguration eines MCP-Clients falsch ist. Die Tools lesen nur: Korrekturen werden mit dem Befehl zurückgegeben, den eine Person ausführen kann.</translation>
    </message>
    <message>
        <source>The message is longer than %1 bytes and was skipped.</source>
        <translation>Die Nachricht ist länger als %1 Bytes und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Parse error at byte %1: %2</source>
        <translation>Syntaxfehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>A message must be one JSON-RPC object (batches are not supported).</source>
        <translation>Eine Nachricht muss ein einzelnes JSON-RPC-Objekt sein (Batches werden nicht unterstützt).</translation>
    </message>
    <message>
        <source>The message has no method.</source>
        <translation>Die Nachricht hat keine Methode.</translation>
    </message>
    <message>
        <source>Not a JSON-RPC 2.0 request: it needs &quot;jsonrpc&quot;: &quot;2.0&quot;, a string method, a string or integer id, and object params.</source>
        <translation>Keine JSON-RPC-2.0-Anfrage: Sie benötigt &quot;jsonrpc&quot;: &quot;2.0&quot;, eine method als String, eine id als String oder Ganzzahl und params als Objekt.</translation>
    </message>
    <message>
        <source>Unsupported protocol version %1.</source>
        <translation>Nicht unterstützte Protokollversion %1.</translation>
    </message>
    <message>
        <source>Method not found: %1</source>
        <translation>Methode nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Unbekanntes Tool: %1</translation>
    </message>
    <message>
        <source>The arguments of %1 must be an object.</source>
        <translation>Die Argumente von %1 müssen ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>What was typed or configured: localhost:3000, http://localhost:3000/mcp, https://127.0.0.1:8443, [::1]:8080 or just 3000.</source>
        <translation>Was eingegeben oder konfiguriert wurde: localhost:3000, http://localhost:3000/mcp, https://127.0.0.1:8443, [::1]:8080 oder einfach 3000.</translation>
    </message>
    <message>
        <source>connect: a client can&apos;t reach it; serve: a server can&apos;t start because the port is taken.</source>
        <translation>connect: Ein Client erreicht sie nicht; serve: Ein Server kann nicht starten, weil der Port belegt ist.</translation>
    </message>
    <message>
        <source>How long to wait for each connection (default 1500).</source>
        <translation>Wie lange auf jede Verbindung gewartet wird (Standard 1500).</translation>
    </message>
    <message>
        <source>Only sockets on this port.</source>
        <translation>Nur Sockets auf diesem Port.</translation>
    </message>
    <message>
        <source>Prefer a port close to this one (default 8080).</source>
        <translation>Einen Port nahe an diesem bevorzugen (Standard 8080).</translation>
    </message>
    <message>
        <source>Whose config to read. Only Claude Desktop&apos;s location is known without a path.</source>
        <translation>Wessen Konfiguration gelesen werden soll. Nur der Speicherort von Claude Desktop ist ohne Pfadangabe bekannt.</translation>
    </message>
    <message>
        <source>The config file to read instead of the client&apos;s own.</source>
        <translation>Die Konfigurationsdatei, die statt der eigenen des Clients gelesen werden soll.</translation>
    </message>
    <message>
        <source>Start each stdio server and talk the MCP handshake to it (it lists tools, it calls none). false: only the static checks of the config.</source>
        <translation>Jeden stdio-Server starten und den MCP-Handshake mit ihm durchführen (dabei werden Tools aufgelistet, aber keine aufgerufen). false: nur die statischen Prüfungen der Konfiguration.</translation>
    </message>
    <message>
        <source>Check an address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <source>Finds out why an address on this computer (localhost:PORT) can&apos;t be reached: port, server, firewall, conflicts, protocol and proxy. Returns the verdict, every step&apos;s findings and the fixes, each with the exact localhost-doctor command a person can run. Changes nothing.</source>
        <translation>Findet heraus, warum eine Adresse auf diesem Computer (localhost:PORT) nicht erreichbar ist: Port, Server, Firewall, Konflikte, Protokoll und Proxy. Gibt das Ergebnis, die Befunde jedes Schritts und die Korrekturen zurück, jeweils mit dem genauen localhost-doctor-Befehl, den eine Person ausführen kann. Ändert nichts.</translation>
    </message>
    <message>
        <source>List listening sockets</source>
        <translation>Lauschende Sockets auflisten</translation>
    </message>
    <message>
        <source>Lists every listening TCP socket and bound UDP socket on this computer with its program, command line and user (null where the owner can&apos;t be read).</source>
        <translation>Listet jeden lauschenden TCP-Socket und jeden gebundenen UDP-Socket auf diesem Computer mit Programm, Befehlszeile und Benutzer auf (null, wo der Besitzer nicht ermittelt werden kann).</translation>
    </message>
    <message>
        <source>Find a free port</source>
        <translation>Freien Port finden</translation>
    </message>
    <message>
        <source>Finds a TCP port a server can use right now: free on 127.0.0.1, ::1 and the wildcard addresses, outside the ephemeral and privileged ranges, near the port asked for.</source>
        <translation>Findet einen TCP-Port, den ein Server sofort nutzen kann: frei auf 127.0.0.1, ::1 und den Wildcard-Adressen, außerhalb der ephemeren und privilegierten Bereiche, nahe am gewünschten Port.</translation>
    </message>
    <message>
        <source>Diagnose an MCP client&apos;s config</source>
        <translation>Konfiguration eines MCP-Clients diagnostizieren</translation>
    </message>
    <message>
        <source>Checks an MCP client&apos;s config (Claude Desktop&apos;s by default) and every server in it: JSON syntax, commands on the PATH the client gives servers, bridge URLs, and optionally the handshake. Returns a report whose steps are &quot;config&quot; and one &quot;server:NAME&quot; per server. Changes nothing.</source>
        <translation>Prüft die Konfiguration eines MCP-Clients (standardmäßig die von Claude Desktop) und jeden Server darin: JSON-Syntax, Befehle im PATH, den der Client den Servern mitgibt, Brücken-URLs und optional den Handshake. Gibt einen Bericht zurück, dessen Schritte &quot;config&quot; und je ein &quot;server:NAME&quot; pro Server sind. Ändert nichts.</translation>
    </message>
    <message>
        <source>There is no tool &quot;%1&quot;.</source>
        <translation>Es gibt kein Tool &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>target must be a string such as &quot;localhost:3000&quot;.</source>
        <translation>target muss ein String wie &quot;localhost:3000&quot; sein.</translation>
    </message>
    <message>
        <source>intent must be connect or serve, not &quot;%1&quot;.</source>
        <translation>intent muss connect oder serve sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: %2</source>
        <translation>&quot;%1&quot; ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>No free port found near %1.</source>
        <translation>Kein freier Port in der Nähe von %1 gefunden.</translation>
    </message>
    <message>
        <source>client must be one of %1, not &quot;%2&quot;.</source>
        <translation>client muss einer von %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>path must be a string.</source>
        <translation>path muss ein String sein.</translation>
    </message>
    <message>
        <source>launch must be true or false.</source>
        <translation>launch muss true oder false sein.</translation>
    </message>
</context>
<context>
    <name>McpSession</name>
    <message>
        <source>The MCP server only speaks the handshake-free protocol revision %1</source>
        <translation>Der MCP-Server spricht nur die handshakefreie Protokollrevision %1</translation>
    </message>
    <message>
        <source>The MCP server did not answer %1</source>
        <translation>Der MCP-Server hat %1 nicht beantwortet</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>the server repeated a page cursor; stopped after %n page(s)</source>
        <translation>
            <numerusform>der Server hat einen Seitencursor wiederholt; nach %n Seite abgebrochen</numerusform>
            <numerusform>der Server hat einen Seitencursor wiederholt; nach %n Seiten abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 pages; counted the first %1</source>
        <translation>mehr als %1 Seiten; die ersten %1 gezählt</translation>
    </message>
    <message>
        <source>The MCP server did not answer %1 within %2 s</source>
        <translation>Der MCP-Server hat %1 nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>The MCP server refused our protocol version</source>
        <translation>Der MCP-Server hat unsere Protokollversion abgelehnt</translation>
    </message>
    <message>
        <source>The MCP server speaks protocol version %1, which clients don&apos;t know</source>
        <translation>Der MCP-Server spricht die Protokollversion %1, die Clients nicht kennen</translation>
    </message>
    <message>
        <source>The MCP server refused %1 with error %2</source>
        <translation>Der MCP-Server hat %1 mit Fehler %2 abgelehnt</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>MCP server %1 answered: %2 tools, %3 resources, %4 prompts</source>
        <translation>MCP-Server %1 hat geantwortet: %2 Werkzeuge, %3 Ressourcen, %4 Prompts</translation>
    </message>
    <message>
        <source>It refused the initialize handshake and answered server/discover instead. Clients and bridges that still open with initialize (older desktop client releases, older mcp-remote versions, most SDKs before 2026) cannot use it: update them, or run the server in a mode that also accepts initialize.</source>
        <translation>Er hat den initialize-Handshake abgelehnt und stattdessen auf server/discover geantwortet. Clients und Brücken, die noch mit initialize beginnen (ältere Desktop-Client-Versionen, ältere mcp-remote-Versionen, die meisten SDKs vor 2026), können ihn nicht nutzen: Aktualisieren Sie diese oder starten Sie den Server in einem Modus, der auch initialize akzeptiert.</translation>
    </message>
    <message>
        <source>The MCP server did not answer server/discover (revision %1)</source>
        <translation>Der MCP-Server hat nicht auf server/discover geantwortet (Revision %1)</translation>
    </message>
    <message>
        <source>It gave no usable answer to the request that opens revision %1.</source>
        <translation>Er hat keine verwertbare Antwort auf die Anfrage gegeben, mit der Revision %1 beginnt.</translation>
    </message>
    <message>
        <source>The handshake worked, but the server advertised these lists and then failed to give them. Clients show none of what is missing. The server&apos;s own log (stderr, or its client&apos;s log of it) usually says why.</source>
        <translation>Der Handshake hat funktioniert, aber der Server hat diese Listen angekündigt und dann nicht geliefert. Clients zeigen nichts von dem an, was fehlt. Das eigene Protokoll des Servers (stderr oder das Protokoll, das sein Client davon führt) nennt meist den Grund.</translation>
    </message>
    <message>
        <source>It is running but sent no answer to the handshake. %1 waits up to 60 s (other clients about as long) and then gives up with &quot;Request timed out&quot;. Common causes: the server waits for something before reading its input (a login, a database, a first-run download by npx or uvx), it reads another input than stdin, or it writes its answers somewhere else. Start the same command in a terminal and see what it prints.</source>
        <translation>Er läuft, hat aber nicht auf den Handshake geantwortet. %1 wartet bis zu 60 s (andere Clients etwa genauso lange) und gibt dann mit &quot;Request timed out&quot; auf. Häufige Ursachen: Der Server wartet auf etwas, bevor er seine Eingabe liest (eine Anmeldung, eine Datenbank, einen ersten Download durch npx oder uvx), er liest eine andere Eingabe als stdin, oder er schreibt seine Antworten woandershin. Starten Sie denselben Befehl in einem Terminal und sehen Sie nach, was er ausgibt.</translation>
    </message>
    <message>
        <source>We asked for %1; current clients understand %2 and disconnect from a server that settles on anything else. Update the server (or the MCP SDK it is built on) to a current release, or the client if the server is the newer one.</source>
        <translation>Wir haben %1 angefragt; aktuelle Clients verstehen %2 und trennen die Verbindung zu einem Server, der sich auf etwas anderes festlegt. Aktualisieren Sie den Server (oder das MCP SDK, auf dem er aufbaut) auf eine aktuelle Version – oder den Client, falls der Server der neuere ist.</translation>
    </message>
    <message>
        <source>It answered the request with the JSON-RPC error &quot;%1&quot;. Every client sends the same request, gets the same refusal and never lists the server&apos;s tools. The server&apos;s own log (stderr) usually says why.</source>
        <translation>Er hat die Anfrage mit dem JSON-RPC-Fehler &quot;%1&quot; beantwortet. Jeder Client sendet dieselbe Anfrage, erhält dieselbe Ablehnung und zeigt die Tools des Servers nie an. Das eigene Protokoll des Servers (stderr) nennt meist den Grund.</translation>
    </message>
    <message>
        <source>The handshake worked over %1 with protocol version %2, and the server listed what it offers, so MCP clients can use it. If yours still doesn&apos;t show it, restart the client after every change to its config.</source>
        <translation>Der Handshake über %1 mit Protokollversion %2 hat funktioniert, und der Server hat aufgelistet, was er anbietet – MCP-Clients können ihn also nutzen. Wenn Ihr Client ihn trotzdem nicht anzeigt, starten Sie den Client nach jeder Änderung an seiner Konfiguration neu.</translation>
    </message>
</context>
<context>
    <name>McpStaticChecks</name>
    <message>
        <source>your login shell&apos;s PATH</source>
        <translation>der PATH Ihrer Login-Shell</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses %2 but gives it no address</source>
        <translation>Server &quot;%1&quot; benutzt %2, gibt ihm aber keine Adresse</translation>
    </message>
    <message>
        <source>The address %1 of server &quot;%2&quot; can&apos;t be used</source>
        <translation>Die Adresse %1 von Server &quot;%2&quot; ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The address %1 of server &quot;%2&quot; is not a web address</source>
        <translation>Die Adresse %1 von Server &quot;%2&quot; ist keine Webadresse</translation>
    </message>
    <message>
        <source>%1 needs an address starting with http:// or https://.</source>
        <translation>%1 braucht eine Adresse, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; points at %2, a port that can&apos;t exist</source>
        <translation>Server &quot;%1&quot; zeigt auf %2, einen Port, den es nicht geben kann</translation>
    </message>
    <message>
        <source>Use port %1 (something listens there now)</source>
        <translation>Port %1 verwenden (dort lauscht gerade etwas)</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>On Windows, server &quot;%1&quot; must start %2 through &quot;cmd /c&quot;</source>
        <translation>Unter Windows muss Server &quot;%1&quot; %2 über &quot;cmd /c&quot; starten</translation>
    </message>
    <message>
        <source>Start it with cmd /c</source>
        <translation>Mit cmd /c starten</translation>
    </message>
    <message>
        <source>(an empty PATH)</source>
        <translation>(ein leerer PATH)</translation>
    </message>
    <message>
        <source>%1 It is not installed anywhere else this tool knows either. Install it (npx and node come with Node.js, uvx with uv), or write its full path as &quot;command&quot;.</source>
        <translation>%1 Es ist auch nirgends sonst installiert, wo dieses Werkzeug sucht. Installieren Sie es (npx und node kommen mit Node.js, uvx mit uv) oder schreiben Sie seinen vollständigen Pfad als &quot;command&quot;.</translation>
    </message>
    <message>
        <source>Scripts like npx also need node on the PATH: if the server still fails with &quot;env: node: No such file or directory&quot;, add &quot;env&quot;: {&quot;PATH&quot;: &quot;%1:/usr/bin:/bin&quot;} to the entry.</source>
        <translation>Skripte wie npx brauchen auch node im PATH: Wenn der Server weiter mit &quot;env: node: No such file or directory&quot; scheitert, fügen Sie dem Eintrag &quot;env&quot;: {&quot;PATH&quot;: &quot;%1:/usr/bin:/bin&quot;} hinzu.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; uses the relative path %2</source>
        <translation>Server &quot;%1&quot; benutzt den relativen Pfad %2</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is given %2, which does not exist</source>
        <translation>Server &quot;%1&quot; bekommt %2, das nicht existiert</translation>
    </message>
    <message>
        <source>Argument %1 of server &quot;%2&quot; names a file or folder that is not there. Check the spelling (and the user name in the path), or create it.</source>
        <translation>Argument %1 von Server &quot;%2&quot; nennt eine Datei oder einen Ordner, die nicht vorhanden sind. Prüfen Sie die Schreibweise (und den Benutzernamen im Pfad) oder legen Sie sie an.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; runs in a container, where %2 means the container itself</source>
        <translation>Server &quot;%1&quot; läuft in einem Container, in dem %2 den Container selbst bezeichnet</translation>
    </message>
    <message>
        <source>Inside a container, localhost and 127.0.0.1 are the container, not your computer, so a service running on your computer is not reached there. Use host.docker.internal instead.</source>
        <translation>In einem Container sind localhost und 127.0.0.1 der Container, nicht Ihr Computer. Ein Dienst, der auf Ihrem Computer läuft, ist dort also nicht erreichbar. Verwenden Sie stattdessen host.docker.internal.</translation>
    </message>
    <message>
        <source>On Linux, also add --add-host=host.docker.internal:host-gateway to &quot;docker run&quot; so that name exists.</source>
        <translation>Fügen Sie unter Linux außerdem --add-host=host.docker.internal:host-gateway zu &quot;docker run&quot; hinzu, damit dieser Name existiert.</translation>
    </message>
    <message>
        <source>Use host.docker.internal</source>
        <translation>host.docker.internal verwenden</translation>
    </message>
    <message>
        <source>%1 connects %2 to a server at a web address, and expects that address among its arguments, for example &quot;http://localhost:3000/mcp&quot;. Add it to &quot;args&quot;.</source>
        <translation>%1 verbindet %2 mit einem Server unter einer Webadresse und erwartet diese Adresse in seinen Argumenten, zum Beispiel &quot;http://localhost:3000/mcp&quot;. Fügen Sie sie zu &quot;args&quot; hinzu.</translation>
    </message>
    <message>
        <source>Ports go from 1 to 65535, so &quot;%1&quot; can never be reached: %2 fails every time %3 starts it. It is probably a typing mistake; the likely ports are offered below (first the ones where something listens now). Fixing it edits the config; then: %4</source>
        <translation>Ports reichen von 1 bis 65535, daher ist &quot;%1&quot; niemals erreichbar: %2 schlägt jedes Mal fehl, wenn %3 es startet. Vermutlich ist es ein Tippfehler; die wahrscheinlichen Ports werden unten angeboten (zuerst die, auf denen gerade etwas lauscht). Die Korrektur ändert die Konfiguration; danach: %4</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>%1 is a .cmd script on Windows, not a program, and %2 can only start programs directly: the server fails with &quot;spawn %1 ENOENT&quot;. Start it through the command interpreter instead: &quot;command&quot;: &quot;cmd&quot;, &quot;args&quot;: [&quot;/c&quot;, &quot;%1&quot;, …].</source>
        <translation>%1 ist unter Windows ein .cmd-Skript, kein Programm, und %2 kann nur Programme direkt starten: Der Server schlägt mit &quot;spawn %1 ENOENT&quot; fehl. Starten Sie ihn stattdessen über den Befehlsinterpreter: &quot;command&quot;: &quot;cmd&quot;, &quot;args&quot;: [&quot;/c&quot;, &quot;%1&quot;, …].</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot;: %2 exists but may not be run</source>
        <translation>Server &quot;%1&quot;: %2 existiert, darf aber nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>The file is there, but it lacks the execute permission, so starting it fails with &quot;EACCES&quot; (permission denied). Make it executable: chmod +x %1</source>
        <translation>Die Datei ist vorhanden, aber ihr fehlt die Ausführungsberechtigung, daher schlägt der Start mit &quot;EACCES&quot; (Zugriff verweigert) fehl. Machen Sie sie ausführbar: chmod +x %1</translation>
    </message>
    <message>
        <source>Make it executable</source>
        <translation>Ausführbar machen</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot;: %2 does not exist</source>
        <translation>Server &quot;%1&quot;: %2 existiert nicht</translation>
    </message>
    <message>
        <source>&quot;command&quot; names a file that is not there, so %1 can&apos;t start the server. Check the spelling (and the user name in the path), or install the program.</source>
        <translation>&quot;command&quot; nennt eine Datei, die nicht vorhanden ist, daher kann %1 den Server nicht starten. Prüfen Sie die Schreibweise (und den Benutzernamen im Pfad) oder installieren Sie das Programm.</translation>
    </message>
    <message>
        <source>%1 can&apos;t find &quot;%2&quot; to start server &quot;%3&quot;</source>
        <translation>%1 findet &quot;%2&quot; nicht, um Server &quot;%3&quot; zu starten</translation>
    </message>
    <message>
        <source>%1 does not read your shell&apos;s settings (.zshrc, .bash_profile), so it searches only %2.</source>
        <translation>%1 liest die Einstellungen Ihrer Shell (.zshrc, .bash_profile) nicht und sucht daher nur in %2.</translation>
    </message>
    <message>
        <source>%1 searches only %2.</source>
        <translation>%1 sucht nur in %2.</translation>
    </message>
    <message>
        <source>%1 It is installed at %2 (found via %3), which %4 does not search. Write that full path as &quot;command&quot;. %5</source>
        <translation>%1 Es ist unter %2 installiert (gefunden über %3), einem Ort, den %4 nicht durchsucht. Tragen Sie diesen vollständigen Pfad als &quot;command&quot; ein. %5</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot;: %2 finds &quot;%3&quot; at %4</source>
        <translation>Server &quot;%1&quot;: %2 findet &quot;%3&quot; unter %4</translation>
    </message>
    <message>
        <source>This is the program %1 starts for server &quot;%2&quot;.</source>
        <translation>Dies ist das Programm, das %1 für Server &quot;%2&quot; startet.</translation>
    </message>
    <message>
        <source>With several nvm versions installed, %1 takes the oldest first (%2), which may not be the one your terminal uses.</source>
        <translation>Wenn mehrere nvm-Versionen installiert sind, nimmt %1 zuerst die älteste (%2) – das ist womöglich nicht die, die Ihr Terminal verwendet.</translation>
    </message>
    <message>
        <source>%1 does not start servers in your project&apos;s folder, so %2 will not point where you expect. Write the full path instead.</source>
        <translation>%1 startet Server nicht im Ordner Ihres Projekts, daher zeigt %2 nicht dorthin, wo Sie es erwarten. Schreiben Sie stattdessen den vollständigen Pfad.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot;: &quot;%2&quot; is not looked up here</source>
        <translation>Server &quot;%1&quot;: &quot;%2&quot; wird hier nicht nachgeschlagen</translation>
    </message>
    <message>
        <source>The config is written for %1 and this machine runs %2, so the command and the paths are checked by %1&apos;s rules only; whether they exist is checked on that machine.</source>
        <translation>Die Konfiguration ist für %1 geschrieben, und dieser Computer verwendet %2. Befehl und Pfade werden daher nur nach den Regeln von %1 geprüft; ob sie existieren, wird auf jenem Computer geprüft.</translation>
    </message>
</context>
<context>
    <name>McpStep</name>
    <message>
        <source>The MCP handshake was not tried: nothing accepted the connection</source>
        <translation>Der MCP-Handshake wurde nicht versucht: Nichts hat die Verbindung angenommen</translation>
    </message>
    <message>
        <source>The MCP server has to be reachable first; the server and firewall steps say why it isn&apos;t.</source>
        <translation>Der MCP-Server muss zuerst erreichbar sein; die Schritte Server und Firewall sagen, warum er es nicht ist.</translation>
    </message>
    <message>
        <source>The MCP handshake was not tried: %1:// is not an MCP transport</source>
        <translation>Der MCP-Handshake wurde nicht versucht: %1:// ist kein MCP-Transport</translation>
    </message>
    <message>
        <source>MCP servers are reached over HTTP (http:// or https://) or started by the client over stdio.</source>
        <translation>MCP-Server werden über HTTP (http:// oder https://) erreicht oder vom Client über stdio gestartet.</translation>
    </message>
    <message>
        <source>The MCP handshake was not tried: the server never answered HTTP</source>
        <translation>Der MCP-Handshake wurde nicht versucht: Der Server hat nie HTTP geantwortet</translation>
    </message>
    <message>
        <source>The MCP handshake was not tried: the server speaks %1, not HTTP</source>
        <translation>Der MCP-Handshake wurde nicht versucht: Der Server spricht %1, nicht HTTP</translation>
    </message>
    <message>
        <source>MCP over HTTP needs an HTTP server at this address; the protocol step says what answers instead.</source>
        <translation>MCP über HTTP braucht einen HTTP-Server unter dieser Adresse; der Protokoll-Schritt sagt, was stattdessen antwortet.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>PortStep</name>
    <message>
        <source>Port %1 is a valid port</source>
        <translation>Port %1 ist ein gültiger Port</translation>
    </message>
    <message>
        <source>%1 is a port a server can use and a client can connect to.</source>
        <translation>%1 ist ein Port, den ein Server benutzen und mit dem sich ein Client verbinden kann.</translation>
    </message>
    <message>
        <source>Use port %1 (something listens there now)</source>
        <translation>Port %1 verwenden (dort lauscht gerade etwas)</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports can&apos;t be negative</source>
        <translation>Port %1 gibt es nicht: Ports können nicht negativ sein</translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports go up to 65535</source>
        <translation>Port %1 gibt es nicht: Ports gehen bis 65535</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 that picks which program on a computer you talk to. %1 is outside that range, so nothing can listen on it: it is most likely a typo.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535, die auswählt, mit welchem Programm auf einem Computer Sie sprechen. %1 liegt außerhalb dieses Bereichs, daher kann nichts darauf lauschen: Höchstwahrscheinlich ist es ein Tippfehler.</translation>
    </message>
    <message>
        <source>A server is listening on port %1 right now: that is probably the one you meant.</source>
        <translation>Auf Port %1 lauscht gerade ein Server: Das ist wahrscheinlich der, den Sie meinten.</translation>
    </message>
    <message>
        <source>Check the port in the address you were given.</source>
        <translation>Prüfen Sie den Port in der Adresse, die Sie bekommen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number</source>
        <translation>&quot;%1&quot; ist keine Portnummer</translation>
    </message>
    <message>
        <source>A port is written with digits only, from 1 to 65535, as in localhost:3000.</source>
        <translation>Ein Port wird nur mit Ziffern geschrieben, von 1 bis 65535, wie in localhost:3000.</translation>
    </message>
    <message>
        <source>Port 0 can&apos;t be connected to</source>
        <translation>Mit Port 0 kann man sich nicht verbinden</translation>
    </message>
    <message>
        <source>Port 0 tells a server &quot;pick any free port&quot;; nothing ever listens on port 0 itself. Look in the server&apos;s output for the port it really chose.</source>
        <translation>Port 0 sagt einem Server &quot;nimm irgendeinen freien Port&quot;; auf Port 0 selbst lauscht nie etwas. Suchen Sie in der Ausgabe des Servers nach dem Port, den er wirklich gewählt hat.</translation>
    </message>
    <message>
        <source>No port given: using %1, the default for %2</source>
        <translation>Kein Port angegeben: %1 wird verwendet, der Standard für %2</translation>
    </message>
    <message>
        <source>Without a port, %1 addresses use port %2. Development servers usually use another port, such as 3000 or 8080: add it after a colon, as in localhost:3000.</source>
        <translation>Ohne Port benutzen %1-Adressen Port %2. Entwicklungsserver benutzen meist einen anderen Port, etwa 3000 oder 8080: Fügen Sie ihn nach einem Doppelpunkt an, wie in localhost:3000.</translation>
    </message>
    <message>
        <source>No port given</source>
        <translation>Kein Port angegeben</translation>
    </message>
    <message>
        <source>%1 addresses have no default port: add one after a colon, as in localhost:3000.</source>
        <translation>%1-Adressen haben keinen Standardport: Fügen Sie einen nach einem Doppelpunkt an, wie in localhost:3000.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights to serve on</source>
        <translation>Für einen Server auf Port %1 braucht man Administratorrechte</translation>
    </message>
    <message>
        <source>Port %1 is a privileged port</source>
        <translation>Port %1 ist ein privilegierter Port</translation>
    </message>
    <message>
        <source>On this system only administrators can start a server on ports below %1. Connecting to it is fine; a development server normally uses a higher port.</source>
        <translation>Auf diesem System dürfen nur Administratoren einen Server auf Ports unter %1 starten. Sich damit zu verbinden ist in Ordnung; ein Entwicklungsserver benutzt normalerweise einen höheren Port.</translation>
    </message>
    <message>
        <source>Use port %1 instead</source>
        <translation>Stattdessen Port %1 verwenden</translation>
    </message>
    <message>
        <source>Port %1 is in the range used for outgoing connections</source>
        <translation>Port %1 liegt im Bereich für ausgehende Verbindungen</translation>
    </message>
    <message>
        <source>The system hands out ports %1 to %2 to programs making outgoing connections. A server can use one, but may now and then find it taken; a port below %1 is safer.</source>
        <translation>Das System vergibt die Ports %1 bis %2 an Programme, die ausgehende Verbindungen aufbauen. Ein Server kann einen davon benutzen, findet ihn aber ab und zu belegt; ein Port unter %1 ist sicherer.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; can&apos;t be found</source>
        <translation>Der Name &quot;%1&quot; wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The computer could not turn &quot;%1&quot; into an address (%2).</source>
        <translation>Der Computer konnte &quot;%1&quot; nicht in eine Adresse umwandeln (%2).</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>%1 is another computer, not this one</source>
        <translation>%1 ist ein anderer Computer, nicht dieser</translation>
    </message>
    <message>
        <source>This tool can look inside this computer only. For %1 it checks whether a connection can be made, but can&apos;t see which program answers.</source>
        <translation>Dieses Werkzeug kann nur in diesen Computer hineinsehen. Für %1 prüft es, ob eine Verbindung möglich ist, kann aber nicht sehen, welches Programm antwortet.</translation>
    </message>
    <message>
        <source>&quot;localhost&quot; doesn&apos;t point at this computer</source>
        <translation>&quot;localhost&quot; zeigt nicht auf diesen Computer</translation>
    </message>
    <message>
        <source>Line %1 of %2 maps localhost to %3, which is not this computer. localhost must map to 127.0.0.1 and ::1 only. Fix that line (it needs administrator rights).</source>
        <translation>Zeile %1 von %2 ordnet localhost %3 zu, was nicht dieser Computer ist. localhost darf nur auf 127.0.0.1 und ::1 zeigen. Korrigieren Sie diese Zeile (das erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>%1 has no line for localhost, so programs that read it can&apos;t find this computer by that name. Add the lines &quot;127.0.0.1 localhost&quot; and &quot;::1 localhost&quot; (it needs administrator rights).</source>
        <translation>%1 hat keine Zeile für localhost, daher finden Programme, die die Datei lesen, diesen Computer nicht unter diesem Namen. Fügen Sie die Zeilen &quot;127.0.0.1 localhost&quot; und &quot;::1 localhost&quot; hinzu (das erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>The resolver turns localhost into an address that is not this computer. Check %1 and your DNS settings.</source>
        <translation>Der Resolver wandelt localhost in eine Adresse um, die nicht dieser Computer ist. Prüfen Sie %1 und Ihre DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>Windows reserves port %1: no server can use it</source>
        <translation>Windows reserviert Port %1: Kein Server kann ihn verwenden</translation>
    </message>
    <message>
        <source>Port %1 is in a range Windows reserves (%2-%3)</source>
        <translation>Port %1 liegt in einem Bereich, den Windows reserviert (%2-%3)</translation>
    </message>
    <message>
        <source>Windows keeps ports %1 to %2 for itself, so starting a server on port %3 fails with &quot;access forbidden&quot; (error 10013), even for an administrator. Such ranges are usually taken by Hyper-V and WinNAT, which Docker Desktop and WSL 2 use, and move after a restart; an administrator may also have added one. See them with &quot;netsh int ipv4 show excludedportrange protocol=tcp&quot;; restarting WinNAT (&quot;net stop winnat&quot; then &quot;net start winnat&quot; in an administrator prompt) often frees them. Simplest: use another port.</source>
        <translation>Windows hält die Ports %1 bis %2 für sich frei, daher scheitert das Starten eines Servers auf Port %3 mit &quot;Zugriff verweigert&quot; (Fehler 10013), selbst für einen Administrator. Solche Bereiche belegen meist Hyper-V und WinNAT, die Docker Desktop und WSL 2 verwenden, und sie verschieben sich nach einem Neustart; auch ein Administrator kann einen hinzugefügt haben. Sie sehen sie mit &quot;netsh int ipv4 show excludedportrange protocol=tcp&quot;; ein Neustart von WinNAT (&quot;net stop winnat&quot; und dann &quot;net start winnat&quot; in einer Eingabeaufforderung als Administrator) gibt sie oft frei. Am einfachsten: Verwenden Sie einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>ProcessStopper</name>
    <message>
        <source>Send SIGTERM to %1 (pid %2)</source>
        <translation>SIGTERM an %1 (PID %2) senden</translation>
    </message>
    <message>
        <source>Send SIGTERM to %1 (pid %2): %3</source>
        <translation>SIGTERM an %1 (PID %2) senden: %3</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>the process</source>
        <translation>der Prozess</translation>
    </message>
    <message>
        <source>%1 is no longer running.</source>
        <translation>%1 läuft nicht mehr.</translation>
    </message>
    <message>
        <source>%1 has stopped.</source>
        <translation>%1 wurde beendet.</translation>
    </message>
    <message>
        <source>%1 did not stop when asked, so it was killed.</source>
        <translation>%1 hat sich auf Bitten nicht beendet und wurde daher zwangsweise beendet.</translation>
    </message>
    <message>
        <source>%1 is still running %2 seconds after being asked to stop. Try again with the option to kill it, or stop it from its own window.</source>
        <translation>%1 läuft %2 Sekunden nach der Aufforderung immer noch. Versuchen Sie es erneut mit der Option, ihn zwangsweise zu beenden, oder beenden Sie ihn in seinem eigenen Fenster.</translation>
    </message>
    <message>
        <source>%1 was not stopped: it is the system&apos;s first process.</source>
        <translation>%1 wurde nicht beendet: Es ist der erste Prozess des Systems.</translation>
    </message>
    <message>
        <source>%1 was not stopped: it is Localhost Doctor itself.</source>
        <translation>%1 wurde nicht beendet: Es ist Localhost Doctor selbst.</translation>
    </message>
    <message>
        <source>%1 was not stopped: it belongs to the user %2. Only that user, or an administrator (sudo), can stop it.</source>
        <translation>%1 wurde nicht beendet: Er gehört dem Benutzer %2. Nur dieser Benutzer oder ein Administrator (sudo) kann ihn beenden.</translation>
    </message>
    <message>
        <source>%1 was not stopped: %2</source>
        <translation>%1 wurde nicht beendet: %2</translation>
    </message>
    <message>
        <source>Pid %1 now belongs to a different process, so nothing was stopped. Run the check again to see what holds the port now.</source>
        <translation>PID %1 gehört jetzt zu einem anderen Prozess, daher wurde nichts beendet. Führen Sie die Prüfung erneut aus, um zu sehen, was den Port jetzt belegt.</translation>
    </message>
    <message>
        <source>%1 could not be stopped: %2</source>
        <translation>%1 konnte nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>Ask %1 (pid %2) to close</source>
        <translation>%1 (PID %2) zum Schließen auffordern</translation>
    </message>
    <message>
        <source>Ask %1 (pid %2) to close: %3</source>
        <translation>%1 (PID %2) zum Schließen auffordern: %3</translation>
    </message>
</context>
<context>
    <name>ProtocolStep</name>
    <message>
        <source>A web server answered %1 with &quot;%2&quot;.</source>
        <translation>Ein Webserver hat %1 mit &quot;%2&quot; beantwortet.</translation>
    </message>
    <message>
        <source>It calls itself &quot;%1&quot;.</source>
        <translation>Er nennt sich &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It redirects to %1.</source>
        <translation>Er leitet weiter nach %1.</translation>
    </message>
    <message>
        <source>That status is normal for an API endpoint asked with a plain GET.</source>
        <translation>Dieser Status ist normal für einen API-Endpunkt, der mit einem einfachen GET abgefragt wird.</translation>
    </message>
    <message>
        <source>/health did not answer in time.</source>
        <translation>/health hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>It has no /health endpoint (404), which is fine if you don&apos;t expect one.</source>
        <translation>Er hat keinen /health-Endpunkt (404), was in Ordnung ist, wenn Sie keinen erwarten.</translation>
    </message>
    <message>
        <source>/health answered %1.</source>
        <translation>/health hat %1 geantwortet.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>The right server is probably running, but the path is wrong: none of %1 answered either. Check the address in your client against the routes your server defines.</source>
        <translation>Wahrscheinlich läuft der richtige Server, aber der Pfad ist falsch: Auch keiner von %1 hat geantwortet. Vergleichen Sie die Adresse in Ihrem Client mit den Routen, die Ihr Server definiert.</translation>
    </message>
    <message>
        <source>The right server is probably running, but the path is wrong. These paths answer: %1. MCP servers usually listen on /mcp (or /sse for the older transport).</source>
        <translation>Wahrscheinlich läuft der richtige Server, aber der Pfad ist falsch. Diese Pfade antworten: %1. MCP-Server lauschen meist auf /mcp (oder /sse für das ältere Verfahren).</translation>
    </message>
    <message>
        <source>The server is running and reachable, but this request needs credentials.</source>
        <translation>Der Server läuft und ist erreichbar, aber diese Anfrage braucht Zugangsdaten.</translation>
    </message>
    <message>
        <source>It did not say which kind.</source>
        <translation>Er hat nicht gesagt, welche Art.</translation>
    </message>
    <message>
        <source>It asks for: %1.</source>
        <translation>Er verlangt: %1.</translation>
    </message>
    <message>
        <source>Add the token or sign in (for MCP servers: the client&apos;s OAuth login, or an Authorization header in its config).</source>
        <translation>Fügen Sie das Token hinzu oder melden Sie sich an (bei MCP-Servern: die OAuth-Anmeldung des Clients oder ein Authorization-Header in seiner Konfiguration).</translation>
    </message>
    <message>
        <source>The server is running but hit an error of its own. Its console or log says why; the network is fine.</source>
        <translation>Der Server läuft, hatte aber einen eigenen Fehler. Seine Konsole oder sein Protokoll sagt, warum; das Netzwerk ist in Ordnung.</translation>
    </message>
    <message>
        <source>The server is running and reachable, but did not accept this request. Check the path and what the server expects.</source>
        <translation>Der Server läuft und ist erreichbar, hat diese Anfrage aber nicht angenommen. Prüfen Sie den Pfad und was der Server erwartet.</translation>
    </message>
    <message>
        <source>The service on port %1 only talks over an encrypted (TLS) connection, so plain http:// requests fail. Open %2 instead.</source>
        <translation>Der Dienst auf Port %1 spricht nur über eine verschlüsselte (TLS-)Verbindung, daher scheitern einfache http://-Anfragen. Öffnen Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>The service on port %1 is not encrypted, so an https:// client can&apos;t complete its TLS handshake. Open %2 instead, or turn on TLS in the server.</source>
        <translation>Der Dienst auf Port %1 ist nicht verschlüsselt, daher kann ein https://-Client seinen TLS-Handshake nicht abschließen. Öffnen Sie stattdessen %2 oder schalten Sie TLS im Server ein.</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>The certificate is self-signed (issued by %1 to itself), so no client trusts it on its own. For local development, let a tool such as mkcert create a local certificate authority that this computer trusts (&quot;mkcert -install&quot;), then issue the server&apos;s certificate with it (&quot;mkcert localhost 127.0.0.1 ::1&quot;).</source>
        <translation>Das Zertifikat ist selbstsigniert (von %1 an sich selbst ausgestellt), daher vertraut ihm kein Client von sich aus. Lassen Sie für die lokale Entwicklung ein Werkzeug wie mkcert eine lokale Zertifizierungsstelle anlegen, der dieser Computer vertraut (&quot;mkcert -install&quot;), und stellen Sie damit das Zertifikat des Servers aus (&quot;mkcert localhost 127.0.0.1 ::1&quot;).</translation>
    </message>
    <message>
        <source>from an untrusted authority</source>
        <translation>von einer nicht vertrauenswürdigen Stelle</translation>
    </message>
    <message>
        <source>The certificate was issued by %1, an authority this computer does not trust. If it is your local CA (mkcert, a company CA), install it: &quot;mkcert -install&quot; or your system&apos;s certificate store.</source>
        <translation>Das Zertifikat wurde von %1 ausgestellt, einer Stelle, der dieser Computer nicht vertraut. Wenn es Ihre lokale Zertifizierungsstelle ist (mkcert, eine Firmen-CA), installieren Sie sie: &quot;mkcert -install&quot; oder der Zertifikatsspeicher Ihres Systems.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>It expired on %1. Renew or regenerate the certificate and restart the server.</source>
        <translation>Es ist am %1 abgelaufen. Erneuern oder erzeugen Sie das Zertifikat neu und starten Sie den Server neu.</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>It is valid only from %1: check this computer&apos;s clock, or regenerate the certificate.</source>
        <translation>Es ist erst ab %1 gültig: Prüfen Sie die Uhr dieses Computers oder erzeugen Sie das Zertifikat neu.</translation>
    </message>
    <message>
        <source>for another name</source>
        <translation>für einen anderen Namen</translation>
    </message>
    <message>
        <source>It is made for %1, not for %2. Use a name the certificate covers, or make a certificate that includes %2.</source>
        <translation>Es ist für %1 ausgestellt, nicht für %2. Verwenden Sie einen Namen, den das Zertifikat abdeckt, oder erstellen Sie ein Zertifikat, das %2 einschließt.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The TLS library says: %1.</source>
        <translation>Die TLS-Bibliothek sagt: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Clients that check certificates (browsers, curl, Node, Python) will refuse this connection.</source>
        <translation>Clients, die Zertifikate prüfen (Browser, curl, Node, Python), werden diese Verbindung ablehnen.</translation>
    </message>
    <message>
        <source>Port %1 answers in TLS, yet no secure connection could be agreed (%2). The server may allow only old TLS versions, want a client certificate, or be misconfigured: its log says which.</source>
        <translation>Port %1 antwortet mit TLS, doch es ließ sich keine sichere Verbindung aushandeln (%2). Der Server erlaubt vielleicht nur alte TLS-Versionen, verlangt ein Client-Zertifikat oder ist falsch eingerichtet: Sein Protokoll sagt, was davon.</translation>
    </message>
    <message>
        <source>Port %1 speaks %2, not HTTP</source>
        <translation>Port %1 spricht %2, nicht HTTP</translation>
    </message>
    <message>
        <source>Something answers on this port, but it is not a web server: it is %1.</source>
        <translation>Auf diesem Port antwortet etwas, aber es ist kein Webserver: Es ist %1.</translation>
    </message>
    <message>
        <source>Something answers on this port, but it is not a web server: it is %1 (it said &quot;%2&quot;).</source>
        <translation>Auf diesem Port antwortet etwas, aber es ist kein Webserver: Es ist %1 (es sagte &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Port %1 usually belongs to %2.</source>
        <translation>Port %1 gehört üblicherweise zu %2.</translation>
    </message>
    <message>
        <source>Check the port number: your web server probably listens on another port, or this program took the port you meant for it.</source>
        <translation>Prüfen Sie die Portnummer: Ihr Webserver lauscht wahrscheinlich auf einem anderen Port, oder dieses Programm hat den Port belegt, den Sie für ihn vorgesehen hatten.</translation>
    </message>
    <message>
        <source>The port accepted a connection a moment ago but not now (%1). The server may have stopped or be restarting.</source>
        <translation>Der Port hat eben noch eine Verbindung angenommen, jetzt nicht mehr (%1). Der Server wurde vielleicht beendet oder startet neu.</translation>
    </message>
    <message>
        <source>It started to answer (&quot;%1&quot;) but had not finished within %2 ms. The server is overloaded, stuck in a long task, or sends its reply a little at a time.</source>
        <translation>Er hat angefangen zu antworten (&quot;%1&quot;), war aber nach %2 ms nicht fertig. Der Server ist überlastet, hängt in einer langen Aufgabe oder sendet seine Antwort stückweise.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections, then hangs up without a word, whether asked in HTTP, TLS or a database protocol. The program may reject this client, or speak a protocol this tool doesn&apos;t know.</source>
        <translation>Port %1 nimmt Verbindungen an und legt dann wortlos auf, ob in HTTP, TLS oder einem Datenbankprotokoll gefragt. Das Programm weist diesen Client vielleicht ab oder spricht ein Protokoll, das dieses Werkzeug nicht kennt.</translation>
    </message>
    <message>
        <source>Port %1 accepted the connection, then sent nothing within %2 ms. The program may be hung or busy (a breakpoint, an endless loop), or it waits for a protocol other than %3.</source>
        <translation>Port %1 hat die Verbindung angenommen und dann %2 ms lang nichts gesendet. Das Programm hängt vielleicht oder ist beschäftigt (ein Haltepunkt, eine Endlosschleife), oder es wartet auf ein anderes Protokoll als %3.</translation>
    </message>
    <message>
        <source>nothing until spoken to</source>
        <translation>nichts, bis man es anspricht</translation>
    </message>
    <message>
        <source>Port %1 speaks %2</source>
        <translation>Port %1 spricht %2</translation>
    </message>
    <message>
        <source>The address gives no protocol, so this is what answered an HTTP request.</source>
        <translation>Die Adresse nennt kein Protokoll, daher ist das die Antwort auf eine HTTP-Anfrage.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop</source>
        <translation>%1 leitet in einer Schleife weiter</translation>
    </message>
    <message>
        <source>Each answer sends the browser to another address that sends it back: browsers stop with ERR_TOO_MANY_REDIRECTS. The chain: %1. Check the server&apos;s redirect rules (an HTTP-to-HTTPS rule behind a proxy that already did it, a trailing-slash rule, a login redirect to itself).</source>
        <translation>Jede Antwort schickt den Browser an eine andere Adresse, die ihn wieder zurückschickt: Browser brechen mit ERR_TOO_MANY_REDIRECTS ab. Die Kette: %1. Prüfen Sie die Weiterleitungsregeln des Servers (eine HTTP-zu-HTTPS-Regel hinter einem Proxy, der das schon erledigt hat, eine Regel für den abschließenden Schrägstrich, eine Login-Weiterleitung auf sich selbst).</translation>
    </message>
    <message>
        <source>%1 redirects to %2</source>
        <translation>%1 leitet weiter zu %2</translation>
    </message>
    <message>
        <source>The server answers with a redirect to another %1. Clients that do not follow redirects (most API clients, MCP clients) stop here. The chain: %2.</source>
        <translation>Der Server antwortet mit einer Weiterleitung, die Folgendes ändert: %1. Clients, die Weiterleitungen nicht folgen (die meisten API-Clients, MCP-Clients), hören hier auf. Die Kette: %2.</translation>
    </message>
    <message>
        <source>scheme (%1)</source>
        <translation>Schema (%1)</translation>
    </message>
    <message>
        <source>host (%1)</source>
        <translation>Host (%1)</translation>
    </message>
    <message>
        <source>%1 refuses the address %2 (Host check)</source>
        <translation>%1 lehnt die Adresse %2 ab (Host-Prüfung)</translation>
    </message>
    <message>
        <source>The server answers, but refuses requests for &quot;%1&quot;: a protection against DNS rebinding that only lets listed host names in. Add &quot;%1&quot; to %2, or open the address the server prints when it starts.</source>
        <translation>Der Server antwortet, lehnt aber Anfragen für &quot;%1&quot; ab: ein Schutz gegen DNS-Rebinding, der nur aufgelistete Hostnamen zulässt. Fügen Sie &quot;%1&quot; zu %2 hinzu oder öffnen Sie die Adresse, die der Server beim Start ausgibt.</translation>
    </message>
    <message>
        <source>The server on port %1 dropped the connection (reset)</source>
        <translation>Der Server auf Port %1 hat die Verbindung abgebrochen (Reset)</translation>
    </message>
    <message>
        <source>Port %1 accepted the connection, then reset it before answering. That is the server itself (a firewall refuses before a connection is made): it crashed while handling the request, refuses this kind of client, or is a forwarder with nothing behind it. Its log says why.</source>
        <translation>Port %1 hat die Verbindung angenommen und sie dann vor der Antwort zurückgesetzt. Das liegt am Server selbst (eine Firewall lehnt ab, bevor eine Verbindung zustande kommt): Er ist beim Bearbeiten der Anfrage abgestürzt, lehnt diese Art von Client ab oder ist eine Weiterleitung, hinter der nichts läuft. Sein Protokoll nennt den Grund.</translation>
    </message>
    <message>
        <source>Port %1 started to answer, then reset the connection. The server crashed or gave up while answering: its log says why.</source>
        <translation>Port %1 hat begonnen zu antworten und dann die Verbindung zurückgesetzt. Der Server ist beim Antworten abgestürzt oder hat aufgegeben: Sein Protokoll nennt den Grund.</translation>
    </message>
    <message>
        <source>Port %1 speaks only HTTP/2 without TLS (h2c or gRPC), not HTTP/1.1</source>
        <translation>Port %1 spricht nur HTTP/2 ohne TLS (h2c oder gRPC), nicht HTTP/1.1</translation>
    </message>
    <message>
        <source>The server answered the HTTP/1.1 request with HTTP/2 frames (%1): it only talks to clients that start in HTTP/2 right away (&quot;prior knowledge&quot;), as gRPC clients do. Browsers never speak HTTP/2 without TLS, so they can&apos;t open it, and most HTTP libraries can&apos;t either. Use a gRPC or HTTP/2 client (curl --http2-prior-knowledge), or let the server accept HTTP/1.1 too (nginx: &quot;listen %2;&quot; without http2, or http2 with ssl).</source>
        <translation>Der Server hat die HTTP/1.1-Anfrage mit HTTP/2-Frames beantwortet (%1): Er spricht nur mit Clients, die sofort mit HTTP/2 beginnen (&quot;prior knowledge&quot;), wie es gRPC-Clients tun. Browser sprechen HTTP/2 nie ohne TLS, daher können sie ihn nicht öffnen, und die meisten HTTP-Bibliotheken auch nicht. Verwenden Sie einen gRPC- oder HTTP/2-Client (curl --http2-prior-knowledge) oder lassen Sie den Server auch HTTP/1.1 annehmen (nginx: &quot;listen %2;&quot; ohne http2, oder http2 mit ssl).</translation>
    </message>
    <message>
        <source>The server on port %1 answers with headers larger than %2 KB</source>
        <translation>Der Server auf Port %1 antwortet mit Headern, die größer als %2 KB sind</translation>
    </message>
    <message>
        <source>It answered HTTP status %1, but its headers did not end within %2 KB. Clients refuse that: browsers fail with ERR_RESPONSE_HEADERS_TOO_BIG, Node.js stops at 16 KB, nginx as a proxy at 4 to 8 KB (&quot;upstream sent too big header&quot;). Look for a header the server keeps growing: a cookie set again on every request or redirect, or a huge Content-Security-Policy or Link header.</source>
        <translation>Er antwortete mit HTTP-Status %1, aber seine Header endeten nicht innerhalb von %2 KB. Clients lehnen das ab: Browser scheitern mit ERR_RESPONSE_HEADERS_TOO_BIG, Node.js hört bei 16 KB auf, nginx als Proxy bei 4 bis 8 KB (&quot;upstream sent too big header&quot;). Suchen Sie nach einem Header, den der Server immer weiter wachsen lässt: ein Cookie, das bei jeder Anfrage oder Weiterleitung erneut gesetzt wird, oder ein riesiger Content-Security-Policy- oder Link-Header.</translation>
    </message>
    <message>
        <source>The server on port %1 wants a client certificate</source>
        <translation>Der Server auf Port %1 verlangt ein Client-Zertifikat</translation>
    </message>
    <message>
        <source>Port %1 speaks TLS and ends the handshake because this client showed no certificate of its own (mutual TLS; the server said: %2). Every client without one fails the same way: browsers ask you to pick a certificate, curl needs --cert and --key, other clients a client certificate setting.</source>
        <translation>Port %1 spricht TLS und bricht den Handshake ab, weil dieser Client kein eigenes Zertifikat vorgezeigt hat (gegenseitiges TLS; der Server sagte: %2). Jeder Client ohne Zertifikat scheitert genauso: Browser bitten Sie, ein Zertifikat auszuwählen, curl braucht --cert und --key, andere Clients eine Einstellung für ein Client-Zertifikat.</translation>
    </message>
    <message>
        <source>certificate required</source>
        <translation>Zertifikat erforderlich</translation>
    </message>
    <message>
        <source>Get the client certificate this server trusts, or turn its check off for local work (nginx: ssl_verify_client off; openssl s_server: without -Verify).</source>
        <translation>Besorgen Sie sich das Client-Zertifikat, dem dieser Server vertraut, oder schalten Sie seine Prüfung für die lokale Arbeit ab (nginx: ssl_verify_client off; openssl s_server: ohne -Verify).</translation>
    </message>
    <message>
        <source>The address also says http://, but the server speaks only HTTPS: use %1.</source>
        <translation>Die Adresse gibt außerdem http:// an, aber der Server spricht nur HTTPS: Verwenden Sie %1.</translation>
    </message>
    <message>
        <source>The server on port %1 answers HTTPS (%2)</source>
        <translation>Der Server auf Port %1 antwortet über HTTPS (%2)</translation>
    </message>
    <message>
        <source>The server on port %1 answers HTTP (%2)</source>
        <translation>Der Server auf Port %1 antwortet über HTTP (%2)</translation>
    </message>
    <message>
        <source>The server on port %1 answers, but has nothing at %2 (%3)</source>
        <translation>Der Server auf Port %1 antwortet, hat aber nichts unter %2 (%3)</translation>
    </message>
    <message>
        <source>The server on port %1 wants you to sign in (%2)</source>
        <translation>Der Server auf Port %1 verlangt eine Anmeldung (%2)</translation>
    </message>
    <message>
        <source>The server on port %1 refuses access (%2)</source>
        <translation>Der Server auf Port %1 verweigert den Zugriff (%2)</translation>
    </message>
    <message>
        <source>The server on port %1 failed while answering (%2)</source>
        <translation>Beim Server auf Port %1 ist beim Antworten ein Fehler aufgetreten (%2)</translation>
    </message>
    <message>
        <source>The server on port %1 refused the request (%2)</source>
        <translation>Der Server auf Port %1 hat die Anfrage abgelehnt (%2)</translation>
    </message>
    <message>
        <source>The connection to port %1 failed when checking the protocol</source>
        <translation>Die Verbindung zu Port %1 ist bei der Prüfung des Protokolls fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server on port %1 answers too slowly</source>
        <translation>Der Server auf Port %1 antwortet zu langsam</translation>
    </message>
    <message>
        <source>The server on port %1 closes the connection without answering</source>
        <translation>Der Server auf Port %1 schließt die Verbindung, ohne zu antworten</translation>
    </message>
    <message>
        <source>The server on port %1 accepts connections but never answers</source>
        <translation>Der Server auf Port %1 nimmt Verbindungen an, antwortet aber nie</translation>
    </message>
    <message>
        <source>The server on port %1 speaks HTTPS, but the address says http://</source>
        <translation>Der Server auf Port %1 spricht HTTPS, aber die Adresse beginnt mit http://</translation>
    </message>
    <message>
        <source>The server on port %1 speaks plain HTTP, but the address says https://</source>
        <translation>Der Server auf Port %1 spricht unverschlüsseltes HTTP, aber die Adresse beginnt mit https://</translation>
    </message>
    <message>
        <source>The certificate of the server on port %1 is %2</source>
        <translation>Das Zertifikat des Servers auf Port %1 ist %2</translation>
    </message>
    <message>
        <source>The server on port %1 speaks TLS, but the handshake fails</source>
        <translation>Der Server auf Port %1 spricht TLS, aber der Handshake schlägt fehl</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of the server on port %1 expires in %n day(s)</source>
        <translation>
            <numerusform>Das Zertifikat des Servers auf Port %1 läuft in %n Tag ab</numerusform>
            <numerusform>Das Zertifikat des Servers auf Port %1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>It is trusted and works today, but it is valid only until %1. After that, clients that check certificates (browsers, curl, Node, Python) refuse the connection: renew it and restart the server before then.</source>
        <translation>Es wird als vertrauenswürdig anerkannt und funktioniert heute, ist aber nur bis %1 gültig. Danach lehnen Clients, die Zertifikate prüfen (Browser, curl, Node, Python), die Verbindung ab: Erneuern Sie es vorher und starten Sie den Server neu.</translation>
    </message>
</context>
<context>
    <name>ProxyStep</name>
    <message>
        <source>No proxy is set</source>
        <translation>Kein Proxy ist eingestellt</translation>
    </message>
    <message>
        <source>A proxy is a middle-man server that some networks put between your programs and the web. None is set here: no proxy variables such as HTTP_PROXY, and the system proxy settings send %1 directly. Programs reach your server without a detour.</source>
        <translation>Ein Proxy ist ein Vermittlungsserver, den manche Netzwerke zwischen Ihre Programme und das Web schalten. Hier ist keiner eingestellt: keine Proxy-Variablen wie HTTP_PROXY, und die System-Proxy-Einstellungen schicken %1 direkt. Programme erreichen Ihren Server ohne Umweg.</translation>
    </message>
    <message>
        <source>A proxy is set, but %1 goes around it</source>
        <translation>Ein Proxy ist eingestellt, aber %1 geht daran vorbei</translation>
    </message>
    <message>
        <source>A proxy is a middle-man server that some networks put between your programs and the web. One is set here (%1), but every program this tool knows how to check (curl, wget, Python, Node, Go) connects to %2 directly, so the proxy does not get in the way.</source>
        <translation>Ein Proxy ist ein Vermittlungsserver, den manche Netzwerke zwischen Ihre Programme und das Web schalten. Hier ist einer eingestellt (%1), aber jedes Programm, das dieses Werkzeug prüfen kann (curl, wget, Python, Node, Go), verbindet sich direkt mit %2, daher stört der Proxy nicht.</translation>
    </message>
    <message>
        <source>Requests to %1 go through a proxy</source>
        <translation>Anfragen an %1 gehen über einen Proxy</translation>
    </message>
    <message>
        <source>A proxy is a middle-man server that some networks put between your programs and the web. %1 is not on this computer, so going through the proxy is usually right, as long as the proxy can reach it. These programs would use it:</source>
        <translation>Ein Proxy ist ein Vermittlungsserver, den manche Netzwerke zwischen Ihre Programme und das Web schalten. %1 liegt nicht auf diesem Computer, daher ist der Weg über den Proxy meist richtig, solange der Proxy es erreicht. Diese Programme würden ihn benutzen:</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>• %1: fails with &quot;Invalid URL&quot; before sending anything, because %2 is set and the address is an IPv6 one</source>
        <translation>• %1: scheitert mit &quot;Invalid URL&quot;, bevor etwas gesendet wird, weil %2 gesetzt ist und die Adresse eine IPv6-Adresse ist</translation>
    </message>
    <message>
        <source>• %1: refuses the proxy in %2 and fails, because REQUEST_METHOD is set</source>
        <translation>• %1: lehnt den Proxy in %2 ab und scheitert, weil REQUEST_METHOD gesetzt ist</translation>
    </message>
    <message>
        <source>• %1: through %2 (set by %3)</source>
        <translation>• %1: über %2 (gesetzt durch %3)</translation>
    </message>
    <message>
        <source>• programs that follow the system proxy settings: through %1:%2</source>
        <translation>• Programme, die den System-Proxy-Einstellungen folgen: über %1:%2</translation>
    </message>
    <message>
        <source>A program would send %1 to a proxy instead of this computer</source>
        <translation>Ein Programm würde %1 an einen Proxy statt an diesen Computer senden</translation>
    </message>
    <message>
        <source>%1 programs would send %2 to a proxy instead of this computer</source>
        <translation>%1 Programme würden %2 an einen Proxy statt an diesen Computer senden</translation>
    </message>
    <message>
        <source>A proxy is a middle-man server that some networks put between your programs and the web. One is set here, and these programs would hand requests for %1 to it instead of connecting to your server on this computer. The proxy cannot see your server, so they get an error or a page from the proxy even while the server runs fine:</source>
        <translation>Ein Proxy ist ein Vermittlungsserver, den manche Netzwerke zwischen Ihre Programme und das Web schalten. Hier ist einer eingestellt, und diese Programme würden Anfragen an %1 ihm übergeben, statt sich mit Ihrem Server auf diesem Computer zu verbinden. Der Proxy kann Ihren Server nicht sehen, daher bekommen sie einen Fehler oder eine Seite des Proxys, selbst wenn der Server einwandfrei läuft:</translation>
    </message>
    <message>
        <source>To fix it, tell these programs to skip the proxy for local addresses. Run this line in the terminal you start them from (or add it to your shell profile, such as ~/.bashrc or ~/.zshrc), then restart them:</source>
        <translation>Zur Behebung sagen Sie diesen Programmen, den Proxy für lokale Adressen zu umgehen. Führen Sie diese Zeile in dem Terminal aus, aus dem Sie sie starten (oder fügen Sie sie Ihrem Shell-Profil hinzu, etwa ~/.bashrc oder ~/.zshrc), und starten Sie sie dann neu:</translation>
    </message>
    <message>
        <source>Programs that follow the system proxy settings ignore that line: add localhost, 127.0.0.1 and ::1 to the proxy exceptions (the bypass list) in your system&apos;s network settings.</source>
        <translation>Programme, die den System-Proxy-Einstellungen folgen, ignorieren diese Zeile: Fügen Sie localhost, 127.0.0.1 und ::1 zu den Proxy-Ausnahmen (der Umgehungsliste) in den Netzwerkeinstellungen Ihres Systems hinzu.</translation>
    </message>
    <message>
        <source>This tool&apos;s own checks are not affected: it never uses a proxy for local addresses.</source>
        <translation>Die eigenen Prüfungen dieses Werkzeugs sind nicht betroffen: Es benutzt für lokale Adressen nie einen Proxy.</translation>
    </message>
    <message>
        <source>Copy the NO_PROXY line</source>
        <translation>Die NO_PROXY-Zeile kopieren</translation>
    </message>
    <message>
        <source>The value holds both ::1 and [::1] because some programs compare the address with its brackets and some without.</source>
        <translation>Der Wert enthält sowohl ::1 als auch [::1], weil manche Programme die Adresse mit ihren Klammern vergleichen und manche ohne.</translation>
    </message>
    <message>
        <source>No value makes %1 connect to an IPv6 address like %2 directly: write localhost or 127.0.0.1 in the address for these programs instead.</source>
        <translation>Kein Wert bringt %1 dazu, sich direkt mit einer IPv6-Adresse wie %2 zu verbinden: Schreiben Sie für diese Programme stattdessen localhost oder 127.0.0.1 in die Adresse.</translation>
    </message>
    <message>
        <source>global-agent even fails with &quot;Invalid URL&quot; for such an address once its NO_PROXY variable is set.</source>
        <translation>global-agent scheitert bei einer solchen Adresse sogar mit &quot;Invalid URL&quot;, sobald seine NO_PROXY-Variable gesetzt ist.</translation>
    </message>
    <message>
        <source>With this value, an address written as [::1] (IPv6) would still go through the proxy in %1, which compare it with its brackets; add [::1] to the list too if you use that form.</source>
        <translation>Mit diesem Wert ginge eine als [::1] (IPv6) geschriebene Adresse in %1 weiterhin über den Proxy, da sie sie mit ihren Klammern vergleichen; fügen Sie auch [::1] zur Liste hinzu, wenn Sie diese Form benutzen.</translation>
    </message>
    <message>
        <source>No value helps %1 with an IPv6 address like [::1]: use localhost or 127.0.0.1 there.</source>
        <translation>Kein Wert hilft %1 bei einer IPv6-Adresse wie [::1]: Verwenden Sie dort localhost oder 127.0.0.1.</translation>
    </message>
    <message>
        <source>Qt, which this tool is built on, never sends localhost, localhost.* or loopback addresses (127.x.x.x, ::1) to a proxy, whatever the settings say, so this tool&apos;s own checks are immune; the programs listed here are not.</source>
        <translation>Qt, auf dem dieses Werkzeug aufbaut, schickt localhost, localhost.* und Loopback-Adressen (127.x.x.x, ::1) nie an einen Proxy, was auch immer eingestellt ist; die eigenen Prüfungen dieses Werkzeugs sind daher nicht betroffen, die hier aufgeführten Programme schon.</translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation>die System-Proxy-Einstellungen</translation>
    </message>
</context>
<context>
    <name>QuickCheck</name>
    <message>
        <source>Claude Desktop&apos;s config no longer has a server called &quot;%1&quot;.</source>
        <translation>Die Konfiguration von Claude Desktop hat keinen Server namens &quot;%1&quot; mehr.</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; did not complete the handshake.</source>
        <translation>Der MCP-Server &quot;%1&quot; hat den Handshake nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port that can be connected to.</source>
        <translation>&quot;%1&quot; ist kein Port, mit dem man sich verbinden kann.</translation>
    </message>
    <message>
        <source>The name %1 doesn&apos;t resolve to any address.</source>
        <translation>Der Name %1 lässt sich in keine Adresse auflösen.</translation>
    </message>
    <message>
        <source>Something accepts connections on %1.</source>
        <translation>Auf %1 nimmt etwas Verbindungen an.</translation>
    </message>
    <message>
        <source>%1 speaks plain HTTP, not HTTPS: use http:// instead.</source>
        <translation>%1 spricht einfaches HTTP, nicht HTTPS: Verwenden Sie stattdessen http://.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Can&apos;t connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on %1.</source>
        <translation>Verbindung abgewiesen: Auf %1 lauscht nichts.</translation>
    </message>
    <message>
        <source>%1 accepts connections but closes them without answering.</source>
        <translation>%1 nimmt Verbindungen an, schließt sie aber, ohne zu antworten.</translation>
    </message>
    <message>
        <source>%1 speaks TLS: use https:// instead of http://.</source>
        <translation>%1 spricht TLS: Verwenden Sie https:// statt http://.</translation>
    </message>
    <message>
        <source>%1 answers, but not in HTTP.</source>
        <translation>%1 antwortet, aber nicht in HTTP.</translation>
    </message>
    <message>
        <source>%1 answers, but speaks %2, not HTTP.</source>
        <translation>%1 antwortet, spricht aber %2, nicht HTTP.</translation>
    </message>
    <message>
        <source>%1 started to answer but stopped halfway.</source>
        <translation>%1 hat angefangen zu antworten, aber mittendrin aufgehört.</translation>
    </message>
    <message>
        <source>%1 answers %2.</source>
        <translation>%1 antwortet %2.</translation>
    </message>
    <message>
        <source>%1 answers %2: the server runs, but not this page.</source>
        <translation>%1 antwortet %2: Der Server läuft, aber nicht diese Seite.</translation>
    </message>
    <message>
        <source>Server error: %1 answers %2.</source>
        <translation>Serverfehler: %1 antwortet %2.</translation>
    </message>
    <message>
        <source>The MCP server at %1 asks for authorisation (HTTP %2).</source>
        <translation>Der MCP-Server unter %1 verlangt eine Anmeldung (HTTP %2).</translation>
    </message>
    <message>
        <source>The MCP server at %1 answers (it expects server/discover).</source>
        <translation>Der MCP-Server unter %1 antwortet (er erwartet server/discover).</translation>
    </message>
    <message>
        <source>Server error: the MCP server at %1 answers HTTP %2.</source>
        <translation>Serverfehler: Der MCP-Server unter %1 antwortet mit HTTP %2.</translation>
    </message>
    <message>
        <source>No MCP server at %1: it answers HTTP %2.</source>
        <translation>Kein MCP-Server unter %1: Er antwortet mit HTTP %2.</translation>
    </message>
    <message>
        <source>The MCP server at %1 answers and announces its message endpoint.</source>
        <translation>Der MCP-Server unter %1 antwortet und kündigt seinen Nachrichten-Endpunkt an.</translation>
    </message>
    <message>
        <source>%1 answers, but not as an MCP server over SSE.</source>
        <translation>%1 antwortet, aber nicht als MCP-Server über SSE.</translation>
    </message>
    <message>
        <source>The MCP server at %1 answers initialize.</source>
        <translation>Der MCP-Server unter %1 beantwortet initialize.</translation>
    </message>
    <message>
        <source>The MCP server %1 %2 answers at %3.</source>
        <translation>Der MCP-Server %1 %2 antwortet unter %3.</translation>
    </message>
    <message>
        <source>The MCP server at %1 refuses initialize: %2</source>
        <translation>Der MCP-Server unter %1 lehnt initialize ab: %2</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2, but not with an MCP reply.</source>
        <translation>%1 antwortet mit HTTP %2, aber nicht mit einer MCP-Antwort.</translation>
    </message>
    <message>
        <source>Looking up %1 took longer than %2 ms.</source>
        <translation>Das Nachschlagen von %1 hat länger als %2 ms gedauert.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms: connecting timed out (a firewall may drop it).</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms: Der Verbindungsaufbau lief in eine Zeitüberschreitung (vielleicht verwirft eine Firewall ihn).</translation>
    </message>
    <message>
        <source>%1 accepts connections, but the TLS handshake didn&apos;t finish within %2 ms.</source>
        <translation>%1 nimmt Verbindungen an, aber der TLS-Handshake war nach %2 ms nicht fertig.</translation>
    </message>
    <message>
        <source>%1 accepts connections but didn&apos;t answer within %2 ms.</source>
        <translation>%1 nimmt Verbindungen an, hat aber innerhalb von %2 ms nicht geantwortet.</translation>
    </message>
    <message>
        <source>The MCP server at %1 didn&apos;t answer initialize within %2 ms.</source>
        <translation>Der MCP-Server unter %1 hat initialize nicht innerhalb von %2 ms beantwortet.</translation>
    </message>
    <message>
        <source>%1 answers, but browsers would refuse its certificate: %2</source>
        <translation>%1 antwortet, aber Browser würden sein Zertifikat ablehnen: %2</translation>
    </message>
    <message>
        <source>%1 answers, but slowly: %2 ms (more than %3 ms).</source>
        <translation>%1 antwortet, aber langsam: %2 ms (mehr als %3 ms).</translation>
    </message>
    <message numerus="yes">
        <source>It expires in %n day(s).</source>
        <translation>
            <numerusform>Es läuft in %n Tag ab.</numerusform>
            <numerusform>Es läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answers, but its certificate expires in %n day(s).</source>
        <translation>
            <numerusform>%1 antwortet, aber sein Zertifikat läuft in %n Tag ab.</numerusform>
            <numerusform>%1 antwortet, aber sein Zertifikat läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Nothing wrong found: %1 answers.</source>
        <translation>Nichts Falsches gefunden: %1 antwortet.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Checked %1 (%2) in %3 ms</source>
        <translation>%1 (%2) in %3 ms geprüft</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Run with --verbose to see the evidence behind each step.</source>
        <translation>Führen Sie den Befehl mit --verbose aus, um die Belege hinter jedem Schritt zu sehen.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>No problem found</source>
        <translation>Kein Problem gefunden</translation>
    </message>
    <message>
        <source>A problem was found</source>
        <translation>Ein Problem wurde gefunden</translation>
    </message>
    <message>
        <source>Something needs a look</source>
        <translation>Etwas sollte man sich ansehen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source># Localhost Doctor report for %1</source>
        <translation># Localhost-Doctor-Bericht für %1</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Was als Nächstes zu tun ist:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>_Made by Localhost Doctor %1 in %2 ms._</source>
        <translation>_Erstellt von Localhost Doctor %1 in %2 ms._</translation>
    </message>
    <message>
        <source>Localhost Doctor report for %1</source>
        <translation>Localhost-Doctor-Bericht für %1</translation>
    </message>
    <message>
        <source>Made by Localhost Doctor %1.</source>
        <translation>Erstellt von Localhost Doctor %1.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Localhost Doctor report: %1</source>
        <translation>Localhost-Doctor-Bericht: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Fixes:</source>
        <translation>Korrekturen:</translation>
    </message>
    <message>
        <source>Made by %1 %2 in %3 ms.</source>
        <translation>Erstellt von %1 %2 in %3 ms.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>No space left on %1: %2 could not be written. Free some space there (or choose another place) and try again; the file on disk was not changed.</source>
        <translation>Kein freier Speicherplatz auf %1: %2 konnte nicht geschrieben werden. Schaffen Sie dort Platz (oder wählen Sie einen anderen Ort) und versuchen Sie es erneut; die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is mounted read-only, so %2 could not be written. Remount it writable or choose another place; the file on disk was not changed.</source>
        <translation>%1 ist schreibgeschützt eingehängt, daher konnte %2 nicht geschrieben werden. Hängen Sie es beschreibbar neu ein oder wählen Sie einen anderen Ort; die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 could not be written on %2: %3. Check the permissions of the file and its folder (and that neither is marked immutable, chattr -i); the file on disk was not changed.</source>
        <translation>%1 konnte auf %2 nicht geschrieben werden: %3. Prüfen Sie die Berechtigungen der Datei und ihres Ordners (und dass keines von beiden als unveränderlich markiert ist, chattr -i); die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 could not be written: its folder does not exist.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not replaced.</source>
        <translation>%1 ist keine normale Datei und wird daher nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1 already exists and is not replaced.</source>
        <translation>%1 existiert bereits und wird nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1 could not be written on %2: what reached the disk differs from what was written (%3). The disk may be failing or full; the file on disk was not changed.</source>
        <translation>%1 konnte auf %2 nicht geschrieben werden: Was auf dem Datenträger angekommen ist, weicht vom Geschriebenen ab (%3). Der Datenträger ist möglicherweise defekt oder voll; die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 could not be written on %2 (%3: %4); the file on disk was not changed.</source>
        <translation>%1 konnte auf %2 nicht geschrieben werden (%3: %4); die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>ScreenshotWalker</name>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The wizard did not go on from page %1</source>
        <translation>Der Assistent ist von Seite %1 nicht weitergegangen</translation>
    </message>
    <message>
        <source>The wizard never reached the summary</source>
        <translation>Der Assistent hat die Zusammenfassung nie erreicht</translation>
    </message>
    <message>
        <source>The wizard did not go on from the start page</source>
        <translation>Der Assistent ist von der Startseite nicht weitergegangen</translation>
    </message>
    <message>
        <source>The wizard did not open page %1</source>
        <translation>Der Assistent hat Seite %1 nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>SelfInstall</name>
    <message>
        <source>The fix does not say which program to add or under which key.</source>
        <translation>Die Korrektur gibt nicht an, welches Programm unter welchem Schlüssel hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>The config is not valid JSON (line %1, column %2); it is left untouched. Fix that first.</source>
        <translation>Die Konfiguration ist kein gültiges JSON (Zeile %1, Spalte %2); sie bleibt unverändert. Beheben Sie das zuerst.</translation>
    </message>
    <message>
        <source>The config is not a JSON object ({ … }); it is left untouched.</source>
        <translation>Die Konfiguration ist kein JSON-Objekt ({ … }); sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the config is not an object, so no server can be added to it.</source>
        <translation>&quot;%1&quot; ist in der Konfiguration kein Objekt, daher kann dort kein Server hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The change did not come out as intended; nothing was written.</source>
        <translation>Die Änderung ist nicht wie beabsichtigt ausgefallen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Localhost Doctor is already in %1 as server &quot;%2&quot;; nothing to add.</source>
        <translation>Localhost Doctor ist bereits als Server &quot;%2&quot; in %1 eingetragen; es gibt nichts hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ServerStep</name>
    <message>
        <source>a program of user %1</source>
        <translation>ein Programm des Benutzers %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>%1 is listening on port %2</source>
        <translation>%1 lauscht auf Port %2</translation>
    </message>
    <message>
        <source>A program is waiting for connections on %1:%2.</source>
        <translation>Ein Programm wartet auf Verbindungen an %1:%2.</translation>
    </message>
    <message>
        <source>It was started as: %1</source>
        <translation>Es wurde so gestartet: %1</translation>
    </message>
    <message>
        <source>%1 is listening but not answering: it looks hung</source>
        <translation>%1 lauscht, antwortet aber nicht: Es scheint zu hängen</translation>
    </message>
    <message>
        <source>%1 connections are waiting to be picked up and its queue holds only %2, so new connections are dropped. The program is running but stuck or overloaded: look at its output, then restart it.</source>
        <translation>%1 Verbindungen warten darauf, angenommen zu werden, und seine Warteschlange fasst nur %2, daher werden neue Verbindungen verworfen. Das Programm läuft, hängt aber oder ist überlastet: Sehen Sie sich seine Ausgabe an und starten Sie es dann neu.</translation>
    </message>
    <message>
        <source>Stop %1 (pid %2) so it can be restarted</source>
        <translation>%1 (PID %2) beenden, damit es neu gestartet werden kann</translation>
    </message>
    <message>
        <source>Ask %1 (pid %2) to quit: %3</source>
        <translation>%1 (PID %2) bitten, sich zu beenden: %3</translation>
    </message>
    <message>
        <source>There are two kinds of local address: IPv4 (127.0.0.1) and IPv6 (::1). The server listens on one kind and the address you used leads to the other. Use %1 in the address, or start the server on both (for example on &quot;localhost&quot; or &quot;::&quot;).</source>
        <translation>Es gibt zwei Arten lokaler Adressen: IPv4 (127.0.0.1) und IPv6 (::1). Der Server lauscht auf der einen Art, und die Adresse, die Sie benutzt haben, führt zur anderen. Verwenden Sie %1 in der Adresse oder starten Sie den Server auf beiden (zum Beispiel auf &quot;localhost&quot; oder &quot;::&quot;).</translation>
    </message>
    <message>
        <source>%1 accepts connections sent to %2 only (one network card), so &quot;%3&quot; can&apos;t reach it. Use %4, or start the server on 127.0.0.1 or 0.0.0.0 (all addresses).</source>
        <translation>%1 nimmt nur Verbindungen an %2 an (eine Netzwerkkarte), daher kann &quot;%3&quot; ihn nicht erreichen. Verwenden Sie %4 oder starten Sie den Server auf 127.0.0.1 oder 0.0.0.0 (alle Adressen).</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>%1 means %2 too, but the server listens only on %3</source>
        <translation>%1 bedeutet auch %2, aber der Server lauscht nur auf %3</translation>
    </message>
    <message>
        <source>The system gives %1 first for &quot;%2&quot;, and nothing listens there. Browsers fall back to %3, but many clients (Node.js 17 and newer, some MCP clients) try only the first address and report &quot;connection refused&quot;. Use %4 in the address, or start the server on both addresses (for example on &quot;::&quot;).</source>
        <translation>Das System liefert für &quot;%2&quot; zuerst %1, und dort lauscht nichts. Browser weichen auf %3 aus, aber viele Clients (Node.js 17 und neuer, manche MCP-Clients) versuchen nur die erste Adresse und melden &quot;connection refused&quot;. Verwenden Sie %4 in der Adresse oder starten Sie den Server auf beiden Adressen (zum Beispiel auf &quot;::&quot;).</translation>
    </message>
    <message>
        <source>Clients that pick %1 for &quot;%2&quot; will be refused. Use %3 in the address, or start the server on both addresses.</source>
        <translation>Clients, die für &quot;%2&quot; %1 wählen, werden abgewiesen. Verwenden Sie %3 in der Adresse oder starten Sie den Server auf beiden Adressen.</translation>
    </message>
    <message>
        <source>The program on port %1 can&apos;t be identified</source>
        <translation>Das Programm auf Port %1 kann nicht ermittelt werden</translation>
    </message>
    <message>
        <source>It belongs to another user (%1, uid %2), and the system doesn&apos;t show other users&apos; programs. To see it, run: sudo localhost-doctor listeners --port %3</source>
        <translation>Es gehört einem anderen Benutzer (%1, UID %2), und das System zeigt keine Programme anderer Benutzer. Um es zu sehen, führen Sie aus: sudo localhost-doctor listeners --port %3</translation>
    </message>
    <message>
        <source>No process on this system holds it: it may be inside a container (Docker, Podman) or another namespace, or owned by the kernel. To look, run: sudo ss -ltnp &apos;sport = :%1&apos;</source>
        <translation>Kein Prozess auf diesem System belegt ihn: Er liegt vielleicht in einem Container (Docker, Podman) oder einem anderen Namensraum oder gehört dem Kernel. Zum Nachsehen führen Sie aus: sudo ss -ltnp &apos;sport = :%1&apos;</translation>
    </message>
    <message>
        <source>No program is waiting for connections on port %1, but %2 listens on port %3: is that your server?</source>
        <translation>Kein Programm wartet auf Verbindungen an Port %1, aber %2 lauscht auf Port %3: Ist das Ihr Server?</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>No program is waiting for connections on port %1. Start your server, and check in its output which port it really uses.</source>
        <translation>Kein Programm wartet auf Verbindungen an Port %1. Starten Sie Ihren Server und prüfen Sie in seiner Ausgabe, welchen Port er wirklich benutzt.</translation>
    </message>
    <message>
        <source>Something does listen for UDP on port %1, but browsers and most clients use TCP.</source>
        <translation>Auf Port %1 lauscht zwar etwas auf UDP, aber Browser und die meisten Clients benutzen TCP.</translation>
    </message>
    <message>
        <source>Use port %1 (%2 listens there)</source>
        <translation>Port %1 verwenden (dort lauscht %2)</translation>
    </message>
    <message>
        <source>Use port %1 (something listens there)</source>
        <translation>Port %1 verwenden (dort lauscht etwas)</translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2</source>
        <translation>%1 nimmt Verbindungen auf Port %2 an</translation>
    </message>
    <message>
        <source>A connection to %1 succeeded. It is another computer, so the program behind it can&apos;t be shown.</source>
        <translation>Eine Verbindung zu %1 ist gelungen. Es ist ein anderer Computer, daher kann das Programm dahinter nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>Nothing is listening on port %1 at %2</source>
        <translation>Auf Port %1 lauscht nichts an %2</translation>
    </message>
    <message>
        <source>%1 can&apos;t be reached on port %2</source>
        <translation>%1 ist auf Port %2 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 refused the connection: no program waits on that port there.</source>
        <translation>%1 hat die Verbindung abgewiesen: Dort wartet kein Programm auf diesem Port.</translation>
    </message>
    <message>
        <source>The connection got no answer. The computer may be off, or a firewall on the way drops the connection.</source>
        <translation>Die Verbindung bekam keine Antwort. Der Computer ist vielleicht aus, oder eine Firewall auf dem Weg verwirft die Verbindung.</translation>
    </message>
    <message>
        <source>Port %1 is held by %2, which forwards to %3</source>
        <translation>Port %1 wird von %2 belegt, das an %3 weiterleitet</translation>
    </message>
    <message>
        <source>%1 (pid %2) listens on port %3 only to pass connections on to the real server in %4. If connections through it are reset or get no answer, the program inside %4 most likely listens only on its own loopback (127.0.0.1 inside %4): start it on 0.0.0.0 there.</source>
        <translation>%1 (PID %2) lauscht auf Port %3 nur, um Verbindungen an den eigentlichen Server in %4 weiterzugeben. Wenn Verbindungen darüber zurückgesetzt werden oder keine Antwort erhalten, lauscht das Programm in %4 höchstwahrscheinlich nur auf seinem eigenen Loopback (127.0.0.1 innerhalb von %4): Starten Sie es dort auf 0.0.0.0.</translation>
    </message>
    <message>
        <source>The server on port %1 listens only on %2, but %3 leads to %4</source>
        <translation>Der Server auf Port %1 lauscht nur auf %2, aber %3 führt zu %4</translation>
    </message>
    <message>
        <source>The server on port %1 listens only on %2, another loopback address than %3</source>
        <translation>Der Server auf Port %1 lauscht nur auf %2, einer anderen Loopback-Adresse als %3</translation>
    </message>
    <message>
        <source>%1 accepts connections sent to %2 only. That is a loopback address of this computer too, but &quot;%3&quot; leads to %4, where nothing listens. Use %5, or start the server on 127.0.0.1 or &quot;localhost&quot;.</source>
        <translation>%1 nimmt nur Verbindungen an %2 an. Das ist ebenfalls eine Loopback-Adresse dieses Computers, aber &quot;%3&quot; führt zu %4, wo nichts lauscht. Verwenden Sie %5 oder starten Sie den Server auf 127.0.0.1 oder &quot;localhost&quot;.</translation>
    </message>
    <message>
        <source>The server on port %1 listens only on %2, a network address, not on loopback</source>
        <translation>Der Server auf Port %1 lauscht nur auf %2, einer Netzwerkadresse, nicht auf Loopback</translation>
    </message>
    <message>
        <source>No server listens on port %1 yet</source>
        <translation>Auf Port %1 lauscht noch kein Server</translation>
    </message>
    <message>
        <source>No program is waiting for connections on port %1, so your server can take it.</source>
        <translation>Kein Programm wartet auf Port %1 auf Verbindungen, Ihr Server kann ihn also verwenden.</translation>
    </message>
    <message>
        <source>The server on port %1 listens only on %2, not on %3</source>
        <translation>Der Server auf Port %1 lauscht nur auf %2, nicht auf %3</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SMTP (mail)</source>
        <translation>SMTP (E-Mail)</translation>
    </message>
    <message>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <source>FTP or SMTP (mail)</source>
        <translation>FTP oder SMTP (E-Mail)</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>POP3 (mail)</source>
        <translation>POP3 (E-Mail)</translation>
    </message>
    <message>
        <source>IMAP (mail)</source>
        <translation>IMAP (E-Mail)</translation>
    </message>
    <message>
        <source>VNC (remote desktop)</source>
        <translation>VNC (Fernzugriff)</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation>ein unbekanntes Protokoll</translation>
    </message>
    <message>
        <source>HTTP/2 only (h2c or gRPC)</source>
        <translation>Nur HTTP/2 (h2c oder gRPC)</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Could not prepare the settings file %1 (the temporary folder %2 can&apos;t be written).</source>
        <translation>Die Einstellungsdatei %1 konnte nicht vorbereitet werden (in den temporären Ordner %2 kann nicht geschrieben werden).</translation>
    </message>
</context>
<context>
    <name>StdioChannel</name>
    <message>
        <source>The MCP server&apos;s command could not be started</source>
        <translation>Der Befehl des MCP-Servers konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The MCP server exited before the handshake finished (%1)</source>
        <translation>Der MCP-Server hat sich beendet, bevor der Handshake fertig war (%1)</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Er sagte: %1</translation>
    </message>
    <message>
        <source>The MCP server flooded stdout with output that is not MCP</source>
        <translation>Der MCP-Server hat stdout mit Ausgaben überflutet, die kein MCP sind</translation>
    </message>
    <message>
        <source>The MCP server printed something that is not MCP on stdout</source>
        <translation>Der MCP-Server hat auf stdout etwas ausgegeben, das kein MCP ist</translation>
    </message>
    <message>
        <source>It wrote more than %1 MB without a valid answer, so it was stopped.</source>
        <translation>Er hat mehr als %1 MB ohne gültige Antwort geschrieben und wurde daher gestoppt.</translation>
    </message>
    <message>
        <source>The MCP server sent more than %1 MB before answering</source>
        <translation>Der MCP-Server hat mehr als %1 MB gesendet, bevor er antwortete</translation>
    </message>
    <message>
        <source>The MCP server wrote %1 MB of logs on stderr while starting</source>
        <translation>Der MCP-Server hat beim Start %1 MB Protokoll auf stderr geschrieben</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; failed: %2. MCP clients fail the same way (their logs say &quot;spawn ... ENOENT&quot; or &quot;EACCES&quot;). Check that the command exists, is executable, and is written as a full path in the config.</source>
        <translation>Das Starten von &quot;%1&quot; ist fehlgeschlagen: %2. MCP-Clients scheitern genauso (ihre Protokolle melden &quot;spawn ... ENOENT&quot; oder &quot;EACCES&quot;). Prüfen Sie, ob der Befehl existiert, ausführbar ist und in der Konfiguration als vollständiger Pfad eingetragen ist.</translation>
    </message>
    <message>
        <source>MCP clients start it the same way and then show &quot;Server disconnected&quot;. The last lines it wrote on stderr usually say why: a missing module or file, a missing API key in &quot;env&quot;, a wrong Node.js or Python version. Run the same command in a terminal to see the whole message.</source>
        <translation>MCP-Clients starten ihn auf dieselbe Weise und zeigen dann &quot;Server disconnected&quot; an. Die letzten Zeilen, die er auf stderr ausgegeben hat, nennen meist den Grund: ein fehlendes Modul oder eine fehlende Datei, ein fehlender API-Schlüssel in &quot;env&quot;, eine falsche Node.js- oder Python-Version. Führen Sie denselben Befehl in einem Terminal aus, um die vollständige Meldung zu sehen.</translation>
    </message>
    <message>
        <source>stdout is reserved for JSON-RPC messages, one per line. A client reads every line as one, fails on this one and logs a parse error (&quot;Unexpected token&quot;): &quot;%1&quot;. Typical causes: a startup banner, console.log or print calls, a progress bar from npx or pip. Write logs to stderr instead (console.error in Node.js, print(..., file=sys.stderr) or logging in Python), or use the server&apos;s quiet option.</source>
        <translation>stdout ist für JSON-RPC-Nachrichten reserviert, eine pro Zeile. Ein Client liest jede Zeile als eine Nachricht, scheitert an dieser und protokolliert einen Parse-Fehler (&quot;Unexpected token&quot;): &quot;%1&quot;. Typische Ursachen: ein Start-Banner, Aufrufe von console.log oder print, ein Fortschrittsbalken von npx oder pip. Schreiben Sie Protokollausgaben stattdessen nach stderr (console.error in Node.js, print(..., file=sys.stderr) oder logging in Python) oder verwenden Sie die Option des Servers für eine ruhige Ausgabe.</translation>
    </message>
    <message>
        <source>Its messages were valid, but far too many: it was stopped before the handshake finished. MCP clients struggle the same way. Look for a loop sending notifications or log messages at start.</source>
        <translation>Seine Nachrichten waren gültig, aber viel zu viele: Er wurde gestoppt, bevor der Handshake abgeschlossen war. MCP-Clients haben damit dieselben Probleme. Suchen Sie nach einer Schleife, die beim Start Benachrichtigungen oder Protokollmeldungen sendet.</translation>
    </message>
    <message>
        <source>That much logging is not an error, but clients copy all of it into their logs (%1: mcp-server-NAME.log), which then grow fast, and it slows the server down. Lower the server&apos;s log level (often an env entry such as LOG_LEVEL or DEBUG).</source>
        <translation>So viele Protokollausgaben sind kein Fehler, aber Clients kopieren alles in ihre Protokolle (%1: mcp-server-NAME.log), die dann schnell wachsen, und es verlangsamt den Server. Senken Sie die Protokollstufe des Servers (oft ein env-Eintrag wie LOG_LEVEL oder DEBUG).</translation>
    </message>
    <message>
        <source>The MCP server flooded stdout after answering: more than %1 MB</source>
        <translation>Der MCP-Server hat stdout nach seiner Antwort überflutet: mehr als %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>It answered %n request(s), then wrote far more than any answer needs, so it was stopped and what it would have answered next (its tools, resources and prompts) was not read. MCP clients stall or run out of memory the same way. Look for a loop that writes notifications or log messages to stdout.</source>
        <translation>
            <numerusform>Er beantwortete %n Anfrage und schrieb dann weit mehr, als irgendeine Antwort braucht; deshalb wurde er gestoppt, und was er als Nächstes beantwortet hätte (seine Tools, Ressourcen und Prompts), wurde nicht gelesen. MCP-Clients bleiben auf dieselbe Weise hängen oder haben keinen Speicher mehr. Suchen Sie nach einer Schleife, die Benachrichtigungen oder Protokollmeldungen auf stdout schreibt.</numerusform>
            <numerusform>Er beantwortete %n Anfragen und schrieb dann weit mehr, als irgendeine Antwort braucht; deshalb wurde er gestoppt, und was er als Nächstes beantwortet hätte (seine Tools, Ressourcen und Prompts), wurde nicht gelesen. MCP-Clients bleiben auf dieselbe Weise hängen oder haben keinen Speicher mehr. Suchen Sie nach einer Schleife, die Benachrichtigungen oder Protokollmeldungen auf stdout schreibt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StdioShutdown</name>
    <message>
        <source>The MCP server kept running after its input closed and had to be killed</source>
        <translation>Der MCP-Server lief weiter, nachdem seine Eingabe geschlossen war, und musste zwangsweise beendet werden</translation>
    </message>
    <message>
        <source>It ignored both the end of its input and a polite termination request. A client kills it too when it quits, but a server like this can leave processes (and the ports or files they hold) behind.</source>
        <translation>Er hat sowohl das Ende seiner Eingabe als auch eine höfliche Aufforderung zum Beenden ignoriert. Ein Client beendet ihn beim Schließen ebenfalls zwangsweise, aber ein solcher Server kann Prozesse (und die Ports oder Dateien, die diese belegen) zurücklassen.</translation>
    </message>
</context>
<context>
    <name>StepRegistry</name>
    <message>
        <source>Verify port</source>
        <translation>Port prüfen</translation>
    </message>
    <message>
        <source>Is the port a real port?</source>
        <translation>Ist der Port ein echter Port?</translation>
    </message>
    <message>
        <source>A port is the number after the colon; it picks which program you talk to.</source>
        <translation>Ein Port ist die Zahl nach dem Doppelpunkt; sie wählt, mit welchem Programm Sie sprechen.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Is the server running</source>
        <translation>Läuft der Server</translation>
    </message>
    <message>
        <source>Is the server running?</source>
        <translation>Läuft der Server?</translation>
    </message>
    <message>
        <source>Something has to be listening on the port for the address to open.</source>
        <translation>Auf dem Port muss etwas lauschen, damit sich die Adresse öffnet.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Is a firewall in the way?</source>
        <translation>Steht eine Firewall im Weg?</translation>
    </message>
    <message>
        <source>A firewall can silently drop or refuse connections, even on this computer.</source>
        <translation>Eine Firewall kann Verbindungen stillschweigend verwerfen oder abweisen, sogar auf diesem Computer.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Is another program on the port?</source>
        <translation>Belegt ein anderes Programm den Port?</translation>
    </message>
    <message>
        <source>Two programs can&apos;t use the same port; a leftover one often holds it.</source>
        <translation>Zwei Programme können nicht denselben Port benutzen; oft belegt ihn ein übrig gebliebenes.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Does it speak the expected language?</source>
        <translation>Spricht er die erwartete Sprache?</translation>
    </message>
    <message>
        <source>Browsers and apps expect web traffic (HTTP or HTTPS) on the port.</source>
        <translation>Browser und Apps erwarten auf dem Port Webverkehr (HTTP oder HTTPS).</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Is a proxy in the way?</source>
        <translation>Steht ein Proxy im Weg?</translation>
    </message>
    <message>
        <source>A proxy setting can send even local traffic somewhere else.</source>
        <translation>Eine Proxy-Einstellung kann sogar lokalen Verkehr woandershin schicken.</translation>
    </message>
    <message>
        <source>MCP handshake</source>
        <translation>MCP-Handshake</translation>
    </message>
    <message>
        <source>Does the MCP server answer?</source>
        <translation>Antwortet der MCP-Server?</translation>
    </message>
    <message>
        <source>MCP is how AI apps talk to tools; the server must answer their greeting.</source>
        <translation>Über MCP sprechen KI-Apps mit Werkzeugen; der Server muss auf ihre Begrüßung antworten.</translation>
    </message>
    <message>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <source>MCP config</source>
        <translation>MCP-Konfiguration</translation>
    </message>
    <message>
        <source>Is the MCP config readable?</source>
        <translation>Ist die MCP-Konfiguration lesbar?</translation>
    </message>
    <message>
        <source>An MCP client reads its servers from its config file.</source>
        <translation>Ein MCP-Client liest seine Server aus seiner Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>The address is empty. Type what you tried to open, for example localhost:3000.</source>
        <translation>Die Adresse ist leer. Geben Sie ein, was Sie öffnen wollten, zum Beispiel localhost:3000.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (U+%1) at position %2. Type it again by hand instead of pasting it.</source>
        <translation>Die Adresse enthält an Position %2 ein unsichtbares Steuerzeichen (U+%1). Tippen Sie sie von Hand neu, statt sie einzufügen.</translation>
    </message>
    <message>
        <source>The address contains a space at position %1. Remove it.</source>
        <translation>Die Adresse enthält an Position %1 ein Leerzeichen. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>&quot;%1://&quot; is not a kind of address this tool can check. Use one of: %2.</source>
        <translation>&quot;%1://&quot; ist keine Art von Adresse, die dieses Werkzeug prüfen kann. Verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing &quot;]&quot;. Write it like [::1]:8080.</source>
        <translation>Der IPv6-Adresse fehlt die schließende &quot;]&quot;. Schreiben Sie sie wie [::1]:8080.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inside the brackets is not an IPv6 address. Write it like [::1]:8080.</source>
        <translation>&quot;%1&quot; in den Klammern ist keine IPv6-Adresse. Schreiben Sie sie wie [::1]:8080.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after the IPv6 address. Write it like [::1]:8080.</source>
        <translation>Unerwartetes &quot;%1&quot; nach der IPv6-Adresse. Schreiben Sie sie wie [::1]:8080.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IPv6 address. Put it in brackets and add the port, like [%1]:8080.</source>
        <translation>&quot;%1&quot; sieht aus wie eine IPv6-Adresse. Setzen Sie sie in Klammern und fügen Sie den Port an, wie [%1]:8080.</translation>
    </message>
    <message>
        <source>The address has more than one port (%1). Keep only one, like localhost:%2.</source>
        <translation>Die Adresse hat mehr als einen Port (%1). Behalten Sie nur einen, wie localhost:%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be part of a host name (position %2). Use a name like localhost or an address like 127.0.0.1.</source>
        <translation>&quot;%1&quot; kann nicht Teil eines Hostnamens sein (Position %2). Verwenden Sie einen Namen wie localhost oder eine Adresse wie 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem gefunden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>TrayCommand</name>
    <message>
        <source>Not checked: this endpoint is paused.</source>
        <translation>Nicht geprüft: Dieser Endpunkt ist pausiert.</translation>
    </message>
    <message>
        <source>No endpoints are watched. Add one with: localhost-doctor tray --add api=localhost:3000</source>
        <translation>Es werden keine Endpunkte überwacht. Fügen Sie einen hinzu mit: localhost-doctor tray --add api=localhost:3000</translation>
    </message>
    <message>
        <source>localhost-doctor: the tray needs a display.</source>
        <translation>localhost-doctor: Das Tray-Symbol braucht eine Anzeige.</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Kein Infobereich</translation>
    </message>
    <message>
        <source>Localhost Doctor can&apos;t show its icon: this desktop has no system tray (notification area). You can still diagnose an address in the wizard.</source>
        <translation>Localhost Doctor kann sein Symbol nicht zeigen: Diese Arbeitsumgebung hat keinen Infobereich (System-Tray). Sie können eine Adresse trotzdem im Assistenten diagnostizieren.</translation>
    </message>
    <message>
        <source>Open the wizard</source>
        <translation>Den Assistenten öffnen</translation>
    </message>
    <message>
        <source>Watches your local servers from the system tray and says when one goes down. Without options it shows the tray icon.</source>
        <translation>Überwacht Ihre lokalen Server aus dem Infobereich und meldet, wenn einer ausfällt. Ohne Optionen zeigt es das Tray-Symbol.</translation>
    </message>
    <message>
        <source>Watch TARGET under NAME (replaces one of that name).</source>
        <translation>ZIEL unter NAME überwachen (ersetzt einen gleichnamigen).</translation>
    </message>
    <message>
        <source>With --add: seconds between checks (default 60).</source>
        <translation>Mit --add: Sekunden zwischen den Prüfungen (Standard 60).</translation>
    </message>
    <message>
        <source>Stop watching NAME.</source>
        <translation>NAME nicht mehr überwachen.</translation>
    </message>
    <message>
        <source>Watch the MCP servers of Claude Desktop&apos;s config (a bridge&apos;s URL, or the server itself, started every few minutes).</source>
        <translation>Die MCP-Server der Claude-Desktop-Konfiguration überwachen (die URL einer Brücke oder den Server selbst, alle paar Minuten gestartet).</translation>
    </message>
    <message>
        <source>With --import-claude: the config to read.</source>
        <translation>Mit --import-claude: die zu lesende Konfiguration.</translation>
    </message>
    <message>
        <source>List the watched endpoints.</source>
        <translation>Die überwachten Endpunkte auflisten.</translation>
    </message>
    <message>
        <source>Check every endpoint once and print the states; exit 0 when all are up, else 1.</source>
        <translation>Jeden Endpunkt einmal prüfen und die Zustände ausgeben; Exit-Status 0, wenn alle erreichbar sind, sonst 1.</translation>
    </message>
    <message>
        <source>With --once or --list: print JSON.</source>
        <translation>Mit --once oder --list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>How long each check may take (default 3000); slower than 1000 ms is degraded.</source>
        <translation>Wie lange jede Prüfung dauern darf (Standard 3000); langsamer als 1000 ms gilt als beeinträchtigt.</translation>
    </message>
    <message>
        <source>Log to the terminal.</source>
        <translation>Im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>tray takes no target; use --add NAME=TARGET.</source>
        <translation>tray nimmt kein Ziel; verwenden Sie --add NAME=ZIEL.</translation>
    </message>
    <message>
        <source>--add needs NAME=TARGET, for example api=localhost:3000; got &quot;%1&quot;.</source>
        <translation>--add braucht NAME=ZIEL, zum Beispiel api=localhost:3000; erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No endpoint is called &quot;%1&quot;.</source>
        <translation>Kein Endpunkt heißt &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) imported from Claude Desktop&apos;s config.</source>
        <translation>
            <numerusform>%n Endpunkt aus der Konfiguration von Claude Desktop importiert.</numerusform>
            <numerusform>%n Endpunkte aus der Konfiguration von Claude Desktop importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; (launched)</source>
        <translation>MCP-Server &quot;%1&quot; (gestartet)</translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(pausiert)</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Watches your local servers from the tray</source>
        <translation>Überwacht Ihre lokalen Server aus dem Infobereich</translation>
    </message>
</context>
<context>
    <name>WizardCommand</name>
    <message>
        <source>localhost-doctor: the wizard needs a display.</source>
        <translation>localhost-doctor: Der Assistent braucht eine Anzeige.</translation>
    </message>
    <message>
        <source>Opens the wizard that finds out why an address can&apos;t be reached.</source>
        <translation>Öffnet den Assistenten, der herausfindet, warum eine Adresse nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>What you tried to open, such as localhost:3000; the wizard starts on it.</source>
        <translation>Was Sie öffnen wollten, etwa localhost:3000; der Assistent beginnt damit.</translation>
    </message>
    <message>
        <source>connect: &quot;I can&apos;t reach it&quot; (default); serve: &quot;my server won&apos;t start, the port is taken&quot;.</source>
        <translation>connect: &quot;Ich erreiche es nicht&quot; (Standard); serve: &quot;Mein Server startet nicht, der Port ist belegt&quot;.</translation>
    </message>
    <message>
        <source>Start on the Claude Desktop MCP path.</source>
        <translation>Mit dem MCP-Weg von Claude Desktop beginnen.</translation>
    </message>
    <message>
        <source>The Claude Desktop config to check (MCP path).</source>
        <translation>Die zu prüfende Claude-Desktop-Konfiguration (MCP-Weg).</translation>
    </message>
    <message>
        <source>How long to wait for each connection (default 1500).</source>
        <translation>Wie lange auf jede Verbindung gewartet wird (Standard 1500).</translation>
    </message>
    <message>
        <source>Walk every page without input, save one PNG per page into DIR, and exit.</source>
        <translation>Jede Seite ohne Eingabe durchgehen, je Seite ein PNG in VERZEICHNIS speichern und beenden.</translation>
    </message>
    <message>
        <source>Use a dark palette (for screenshots and checking dark mode).</source>
        <translation>Eine dunkle Farbpalette verwenden (für Bildschirmfotos und zum Prüfen des dunklen Modus).</translation>
    </message>
    <message>
        <source>Use a light palette.</source>
        <translation>Eine helle Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>Log to the terminal.</source>
        <translation>Im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>wizard takes one target; got %1: %2</source>
        <translation>wizard nimmt ein Ziel; erhalten: %1: %2</translation>
    </message>
    <message>
        <source>--intent must be connect or serve, not &quot;%1&quot;.</source>
        <translation>--intent muss connect oder serve sein, nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>WslTraps</name>
    <message>
        <source>%1 does not exist, so WSL uses its defaults: NAT networking with localhost forwarding on</source>
        <translation>%1 gibt es nicht, also nutzt WSL seine Voreinstellungen: NAT-Netzwerk mit eingeschalteter localhost-Weiterleitung</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); WSL&apos;s defaults are NAT networking with localhost forwarding on</source>
        <translation>%1 konnte nicht gelesen werden (%2); die Voreinstellungen von WSL sind NAT-Netzwerk mit eingeschalteter localhost-Weiterleitung</translation>
    </message>
    <message>
        <source>no networkingMode (NAT networking)</source>
        <translation>kein networkingMode (NAT-Netzwerk)</translation>
    </message>
    <message>
        <source>%1=%2 (line %3)</source>
        <translation>%1=%2 (Zeile %3)</translation>
    </message>
    <message>
        <source>no localhostForwarding (on)</source>
        <translation>kein localhostForwarding (eingeschaltet)</translation>
    </message>
    <message>
        <source>localhostForwarding=%1 (line %2, %3)</source>
        <translation>localhostForwarding=%1 (Zeile %2, %3)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 sets %2</source>
        <translation>%1 setzt %2</translation>
    </message>
    <message>
        <source>Open Microsoft&apos;s guide to WSL networking</source>
        <translation>Microsofts Anleitung zum WSL-Netzwerk öffnen</translation>
    </message>
    <message>
        <source>The server on port %1 runs inside WSL</source>
        <translation>Der Server auf Port %1 läuft in WSL</translation>
    </message>
    <message>
        <source>The server on port %1 runs inside WSL (%2)</source>
        <translation>Der Server auf Port %1 läuft in WSL (%2)</translation>
    </message>
    <message>
        <source>%1 (pid %2) is WSL&apos;s localhost relay: Windows programs (browsers, Claude Desktop) reach a server inside a WSL 2 distro through it, at localhost:%3.</source>
        <translation>%1 (PID %2) ist die localhost-Weiterleitung von WSL: Über sie erreichen Windows-Programme (Browser, Claude Desktop) einen Server in einer WSL-2-Distribution, unter localhost:%3.</translation>
    </message>
    <message>
        <source>That works here. Other computers on your network can&apos;t use it: the relay listens on this computer&apos;s loopback only. For that, set networkingMode=mirrored under [wsl2] in %1 (Windows 11 22H2 and later), then run wsl --shutdown.</source>
        <translation>Das funktioniert hier. Andere Computer in Ihrem Netzwerk können sie nicht nutzen: Die Weiterleitung lauscht nur auf der Loopback-Adresse dieses Computers. Setzen Sie dafür networkingMode=mirrored unter [wsl2] in %1 (Windows 11 22H2 und neuer) und führen Sie dann wsl --shutdown aus.</translation>
    </message>
    <message>
        <source>The relay holds %1 only, an address this client does not try: the server inside WSL most likely listens on one kind of loopback (IPv4 or IPv6) only, and WSL relays that kind. Start it inside WSL on 0.0.0.0 (or on both 0.0.0.0 and ::), or use %1 in the address.</source>
        <translation>Die Weiterleitung belegt nur %1, eine Adresse, die dieser Client nicht versucht: Der Server in WSL lauscht wahrscheinlich nur auf einer Art von Loopback (IPv4 oder IPv6), und WSL leitet nur diese weiter. Starten Sie ihn in WSL auf 0.0.0.0 (oder auf 0.0.0.0 und ::), oder verwenden Sie %1 in der Adresse.</translation>
    </message>
    <message>
        <source>Connections through the relay fail, so the server inside WSL is not answering. Check that it still runs there: %1. The relay can outlive a server that stopped; wsl --shutdown clears it, then start the server again.</source>
        <translation>Verbindungen über die Weiterleitung scheitern, der Server in WSL antwortet also nicht. Prüfen Sie, ob er dort noch läuft: %1. Die Weiterleitung kann einen beendeten Server überdauern; wsl --shutdown räumt sie ab, danach starten Sie den Server neu.</translation>
    </message>
    <message>
        <source>To free port %1 for a Windows server, stop the server inside WSL (or run wsl --shutdown) rather than wslrelay.exe, which relays every port WSL forwards, not only this one.</source>
        <translation>Um Port %1 für einen Windows-Server freizugeben, beenden Sie den Server in WSL (oder führen Sie wsl --shutdown aus) statt wslrelay.exe, das jeden von WSL weitergeleiteten Port bedient, nicht nur diesen.</translation>
    </message>
    <message>
        <source>%1 asks for networkingMode=mirrored, but the relay shows WSL still runs in NAT mode: the change takes effect only after wsl --shutdown.</source>
        <translation>%1 verlangt networkingMode=mirrored, aber die Weiterleitung zeigt, dass WSL noch im NAT-Modus läuft: Die Änderung wirkt erst nach wsl --shutdown.</translation>
    </message>
    <message>
        <source>No Windows program listens on port %1, and the WSL 2 distro %2 is running.</source>
        <translation>Kein Windows-Programm lauscht auf Port %1, und die WSL-2-Distribution %2 läuft.</translation>
    </message>
    <message>
        <source>Port %1 answers from inside WSL (%2), through mirrored networking</source>
        <translation>Port %1 antwortet aus WSL (%2), über gespiegeltes Netzwerk</translation>
    </message>
    <message>
        <source>%1 The connection succeeded all the same: %2, so a server inside WSL shares Windows&apos; ports and Windows programs (Claude Desktop too) reach it at 127.0.0.1:%3 directly. Microsoft documents mirrored mode&apos;s shared localhost for 127.0.0.1, not ::1: use 127.0.0.1 if a client tries ::1 first.</source>
        <translation>%1 Die Verbindung gelang trotzdem: %2, ein Server in WSL teilt also die Ports von Windows, und Windows-Programme (auch Claude Desktop) erreichen ihn direkt unter 127.0.0.1:%3. Microsoft beschreibt das gemeinsame localhost des gespiegelten Modus für 127.0.0.1, nicht für ::1: Verwenden Sie 127.0.0.1, wenn ein Client zuerst ::1 versucht.</translation>
    </message>
    <message>
        <source>No server on port %1 in WSL either (mirrored networking)</source>
        <translation>Auch in WSL kein Server auf Port %1 (gespiegeltes Netzwerk)</translation>
    </message>
    <message>
        <source>%1 %2, so a server inside WSL listening on 127.0.0.1 or 0.0.0.0 would be reached at localhost:%3 directly, and nothing answered. If your server runs inside WSL, check how it listens: %4. Microsoft documents the shared localhost for 127.0.0.1, not ::1, and a port Windows already uses can&apos;t be taken inside WSL.</source>
        <translation>%1 %2, ein Server in WSL, der auf 127.0.0.1 oder 0.0.0.0 lauscht, wäre also direkt unter localhost:%3 erreichbar, und nichts hat geantwortet. Wenn Ihr Server in WSL läuft, prüfen Sie, wie er lauscht: %4. Microsoft beschreibt das gemeinsame localhost für 127.0.0.1, nicht für ::1, und einen Port, den Windows schon nutzt, kann WSL nicht belegen.</translation>
    </message>
    <message>
        <source>WSL has no network (networkingMode=none): Windows can&apos;t reach a server inside it</source>
        <translation>WSL hat kein Netzwerk (networkingMode=none): Windows kann keinen Server darin erreichen</translation>
    </message>
    <message>
        <source>%1 %2: the WSL 2 VM gets no network at all. Remove that line (or set networkingMode=nat or mirrored) under [wsl2], then run wsl --shutdown and start the server again.</source>
        <translation>%1 %2: Die WSL-2-VM bekommt gar kein Netzwerk. Entfernen Sie diese Zeile (oder setzen Sie networkingMode=nat oder mirrored) unter [wsl2], führen Sie dann wsl --shutdown aus und starten Sie den Server neu.</translation>
    </message>
    <message>
        <source>WSL uses bridged networking: localhost on Windows does not lead into it</source>
        <translation>WSL nutzt ein Bridge-Netzwerk: localhost unter Windows führt nicht hinein</translation>
    </message>
    <message>
        <source>%1 %2: WSL sits on your network with an address of its own, and Windows&apos; localhost:%3 does not reach it. Connect to WSL&apos;s address (wsl hostname -I), or set networkingMode=mirrored under [wsl2] (bridged is deprecated since WSL 2.4.5), then run wsl --shutdown.</source>
        <translation>%1 %2: WSL hat in Ihrem Netzwerk eine eigene Adresse, und localhost:%3 unter Windows erreicht es nicht. Verbinden Sie sich mit der Adresse von WSL (wsl hostname -I), oder setzen Sie networkingMode=mirrored unter [wsl2] (bridged ist seit WSL 2.4.5 veraltet) und führen Sie dann wsl --shutdown aus.</translation>
    </message>
    <message>
        <source>WSL&apos;s localhost forwarding is off: Windows can&apos;t reach a server inside WSL at localhost:%1</source>
        <translation>Die localhost-Weiterleitung von WSL ist aus: Windows erreicht einen Server in WSL nicht unter localhost:%1</translation>
    </message>
    <message>
        <source>%1 %2: a server inside WSL is then not reachable at localhost:%3 from Windows programs (Claude Desktop, browsers). To change that, set localhostForwarding=true under [wsl2] (or remove the line), or networkingMode=mirrored (Windows 11 22H2 and later), then run wsl --shutdown and start the server again. Or connect to WSL&apos;s own address (wsl hostname -I).</source>
        <translation>%1 %2: Ein Server in WSL ist dann für Windows-Programme (Claude Desktop, Browser) nicht unter localhost:%3 erreichbar. Um das zu ändern, setzen Sie localhostForwarding=true unter [wsl2] (oder entfernen Sie die Zeile) oder networkingMode=mirrored (Windows 11 22H2 und neuer), führen Sie dann wsl --shutdown aus und starten Sie den Server neu. Oder verbinden Sie sich mit der eigenen Adresse von WSL (wsl hostname -I).</translation>
    </message>
    <message>
        <source>If your server runs inside WSL (%1), check how it listens</source>
        <translation>Wenn Ihr Server in WSL läuft (%1), prüfen Sie, wie er lauscht</translation>
    </message>
    <message>
        <source>%1 %2. Windows forwards localhost:%3 into WSL only while the server there listens on 0.0.0.0, 127.0.0.1 or localhost (not on one of WSL&apos;s own addresses); WSL&apos;s relay, wslrelay.exe, then holds the port on Windows, and it does not now. Check inside WSL: %4, and start the server on 0.0.0.0 (for example --host 0.0.0.0). If it does listen there, the forwarding may have stopped (after sleep or a WSL update): run wsl --shutdown, then start it again.</source>
        <translation>%1 %2. Windows leitet localhost:%3 nur dann in WSL weiter, wenn der Server dort auf 0.0.0.0, 127.0.0.1 oder localhost lauscht (nicht auf einer der eigenen Adressen von WSL); dann belegt die Weiterleitung von WSL, wslrelay.exe, den Port unter Windows, und das tut sie gerade nicht. Prüfen Sie in WSL: %4, und starten Sie den Server auf 0.0.0.0 (zum Beispiel --host 0.0.0.0). Wenn er dort lauscht, ist die Weiterleitung vielleicht stehen geblieben (nach dem Ruhezustand oder einem WSL-Update): Führen Sie wsl --shutdown aus und starten Sie ihn neu.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the part of Localhost Doctor that writes zip files (%1) is missing or broken; reinstalling Localhost Doctor should bring it back (looked at: %2)</source>
        <translation>der Teil von Localhost Doctor, der ZIP-Dateien schreibt (%1), fehlt oder ist beschädigt; Localhost Doctor neu zu installieren sollte ihn zurückbringen (gesucht in: %2)</translation>
    </message>
</context>
<context>
    <name>ld::platform</name>
    <message>
        <source>a link-local address needs an interface (%scope)</source>
        <translation>eine Link-Local-Adresse braucht eine Schnittstelle (%scope)</translation>
    </message>
</context>
<context>
    <name>ld::ui::AboutDialog</name>
    <message>
        <source>About Localhost Doctor</source>
        <translation>Über Localhost Doctor</translation>
    </message>
    <message>
        <source>Localhost Doctor %1</source>
        <translation>Localhost Doctor %1</translation>
    </message>
    <message>
        <source>Finds out why an address on your own computer can&apos;t be reached.</source>
        <translation>Findet heraus, warum eine Adresse auf Ihrem eigenen Computer nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Localhost Doctor is free software under the MIT licence. Its source code: %1</source>
        <translation>Localhost Doctor ist freie Software unter der MIT-Lizenz. Sein Quellcode: %1</translation>
    </message>
    <message>
        <source>Qt is used under the LGPL v3, dynamically linked: you may replace the Qt libraries with your own build. The libraries it uses and their licences:</source>
        <translation>Qt wird unter der LGPL v3 verwendet und ist dynamisch gelinkt: Sie dürfen die Qt-Bibliotheken durch Ihren eigenen Build ersetzen. Die verwendeten Bibliotheken und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>Libraries used and their licences</source>
        <translation>Verwendete Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About Localhost Doctor: version and licences</source>
        <translation>Über Localhost Doctor: Version und Lizenzen</translation>
    </message>
</context>
<context>
    <name>ld::ui::BundleDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export diagnostic bundle</source>
        <translation>Diagnosepaket exportieren</translation>
    </message>
    <message>
        <source>Collecting what support needs… Secrets (keys, tokens, passwords) are replaced by placeholders before anything is saved, and your home folder is shown as ~. Check each file below: the preview shows exactly what will be saved, with the replaced parts highlighted. Nothing is uploaded.</source>
        <translation>Es wird gesammelt, was der Support braucht… Geheimnisse (Schlüssel, Tokens, Passwörter) werden durch Platzhalter ersetzt, bevor etwas gespeichert wird, und Ihr Home-Ordner erscheint als ~. Prüfen Sie jede Datei unten: Die Vorschau zeigt genau, was gespeichert wird, mit hervorgehobenen ersetzten Stellen. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Preview of the selected file, as it will be saved</source>
        <translation>Vorschau der ausgewählten Datei, so wie sie gespeichert wird</translation>
    </message>
    <message>
        <source>Where the bundle will be saved</source>
        <translation>Wo das Paket gespeichert wird</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Wählen, wo das Paket gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Save bundle</source>
        <translation>Paket &amp;speichern</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Das Paket speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>%1 (always included)</source>
        <translation>%1 (immer enthalten)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation>Ersetzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 before compression.</source>
        <translation>
            <numerusform>%n Datei, %1 vor der Komprimierung.</numerusform>
            <numerusform>%n Dateien, %1 vor der Komprimierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the diagnostic bundle</source>
        <translation>Das Diagnosepaket speichern</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Die Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new bundle?</source>
        <translation>%1 existiert bereits. Durch das neue Paket ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Show the &amp;HTML source</source>
        <translation>HTML-&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>The HTML report as a page</source>
        <translation>Der HTML-Bericht als Seite</translation>
    </message>
    <message>
        <source>Show the HTML source instead of the page</source>
        <translation>Den HTML-Quelltext statt der Seite anzeigen</translation>
    </message>
    <message>
        <source>Secrets (keys, tokens, passwords) were replaced by placeholders such as &lt;secret-3:sk&gt;; the same secret has the same placeholder everywhere. Your home folder is shown as ~ and your user name as &lt;user&gt;. Select a file to see exactly what will be saved; untick a file to leave it out. Files without a tick box are always included: support can&apos;t tell what happened without the report, the system facts and the manifest. Nothing is uploaded.</source>
        <translation>Geheimnisse (Schlüssel, Tokens, Passwörter) wurden durch Platzhalter wie &lt;secret-3:sk&gt; ersetzt; dasselbe Geheimnis hat überall denselben Platzhalter. Ihr Home-Ordner erscheint als ~ und Ihr Benutzername als &lt;user&gt;. Wählen Sie eine Datei aus, um genau zu sehen, was gespeichert wird; entfernen Sie das Häkchen bei einer Datei, um sie wegzulassen. Dateien ohne Kästchen sind immer enthalten: Ohne den Bericht, die Systemdaten und das Manifest kann der Support nicht erkennen, was passiert ist. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>%1 could not be created, so the bundle went to your home folder.</source>
        <translation>%1 konnte nicht angelegt werden, daher wurde das Paket in Ihrem Home-Ordner gespeichert.</translation>
    </message>
    <message>
        <source>Saved the bundle to %1.</source>
        <translation>Das Paket wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Den Dialog schließen</translation>
    </message>
</context>
<context>
    <name>ld::ui::DoctorWizard</name>
    <message>
        <source>Localhost Doctor</source>
        <translation>Localhost Doctor</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Finish and close</source>
        <translation>Fertig und schließen</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Den Assistenten schließen</translation>
    </message>
</context>
<context>
    <name>ld::ui::EndpointEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Watched addresses</source>
        <translation>Überwachte Adressen</translation>
    </message>
    <message>
        <source>The tray checks these addresses in the background and tells you when one stops answering. The interval is in seconds.</source>
        <translation>Der Infobereich prüft diese Adressen im Hintergrund und sagt Ihnen, wenn eine nicht mehr antwortet. Das Intervall ist in Sekunden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>Intervall (s)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Problem with the addresses</source>
        <translation>Problem mit den Adressen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>&amp;Import from Claude Desktop</source>
        <translation>Aus Claude Desktop &amp;importieren</translation>
    </message>
    <message>
        <source>Adds the MCP servers of Claude Desktop&apos;s config: a bridge&apos;s URL is checked like any address, a local server is started and asked to shake hands every few minutes.</source>
        <translation>Fügt die MCP-Server der Claude-Desktop-Konfiguration hinzu: Die URL einer Brücke wird wie jede Adresse geprüft, ein lokaler Server wird alle paar Minuten gestartet und um einen Handshake gebeten.</translation>
    </message>
    <message>
        <source>The MCP server of this name in Claude Desktop&apos;s config: it is started and asked to shake hands.</source>
        <translation>Der MCP-Server dieses Namens in der Konfiguration von Claude Desktop: Er wird gestartet und um einen Handshake gebeten.</translation>
    </message>
    <message>
        <source>Claude Desktop</source>
        <translation>Claude Desktop</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>No MCP servers were found in Claude Desktop&apos;s config.</source>
        <translation>In der Konfiguration von Claude Desktop wurden keine MCP-Server gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) added from Claude Desktop&apos;s config.</source>
        <translation>
            <numerusform>%n Server aus der Konfiguration von Claude Desktop hinzugefügt.</numerusform>
            <numerusform>%n Server aus der Konfiguration von Claude Desktop hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports go from 1 to 65535.</source>
        <translation>Port %1 gibt es nicht: Ports gehen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; ist kein Port: Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Port 0 can&apos;t be checked: nothing listens on port 0 itself.</source>
        <translation>Port 0 kann nicht geprüft werden: Auf Port 0 selbst lauscht nichts.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ld::ui::EvidenceTable</name>
    <message>
        <source>Evidence table; Ctrl+C copies the selected row</source>
        <translation>Tabelle der Belege; Strg+C kopiert die ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Select every row</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
</context>
<context>
    <name>ld::ui::EvidenceView</name>
    <message>
        <source>Details: the evidence behind this step</source>
        <translation>Details: die Belege hinter diesem Schritt</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>What &quot;%1&quot; does:</source>
        <translation>Was &quot;%1&quot; tut:</translation>
    </message>
</context>
<context>
    <name>ld::ui::FindingView</name>
    <message>
        <source>The wizard can&apos;t do this yet; the details say how to do it by hand.</source>
        <translation>Das kann der Assistent noch nicht; die Details sagen, wie es von Hand geht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Where the error is</source>
        <translation>Wo der Fehler liegt</translation>
    </message>
</context>
<context>
    <name>ld::ui::FindingsPanel</name>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Show details: the evidence behind this check</source>
        <translation>Details anzeigen: die Belege hinter dieser Prüfung</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
</context>
<context>
    <name>ld::ui::FixMessageBar</name>
    <message>
        <source>&amp;Undo the change</source>
        <translation>Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the change to the config</source>
        <translation>Die Änderung an der Konfiguration rückgängig machen</translation>
    </message>
</context>
<context>
    <name>ld::ui::FixRunner</name>
    <message>
        <source>Copied port %1 to the clipboard. Start your server on it, for example with PORT=%1.</source>
        <translation>Port %1 wurde in die Zwischenablage kopiert. Starten Sie Ihren Server darauf, zum Beispiel mit PORT=%1.</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to the clipboard. Add it to your shell profile (such as ~/.profile) and open a new terminal.</source>
        <translation>&quot;%1&quot; wurde in die Zwischenablage kopiert. Fügen Sie es Ihrem Shell-Profil hinzu (etwa ~/.profile) und öffnen Sie ein neues Terminal.</translation>
    </message>
    <message>
        <source>Checking %1 instead.</source>
        <translation>Stattdessen wird %1 geprüft.</translation>
    </message>
    <message>
        <source>This fix can&apos;t be done from here yet: %1</source>
        <translation>Diese Korrektur ist von hier aus noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>This process can&apos;t be identified any more.</source>
        <translation>Dieser Prozess lässt sich nicht mehr eindeutig bestimmen.</translation>
    </message>
    <message>
        <source>(its command line can&apos;t be read)</source>
        <translation>(seine Befehlszeile kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Stop %1?</source>
        <translation>%1 beenden?</translation>
    </message>
    <message>
        <source>Stop %1 (process %2)? It is asked to quit; unsaved work in it may be lost.</source>
        <translation>%1 (Prozess %2) beenden? Er wird gebeten, sich zu beenden; ungesicherte Arbeit darin kann verloren gehen.</translation>
    </message>
    <message>
        <source>&amp;Stop %1</source>
        <translation>%1 &amp;beenden</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Befehlszeile: %1</translation>
    </message>
    <message>
        <source>Nothing was stopped.</source>
        <translation>Es wurde nichts beendet.</translation>
    </message>
    <message>
        <source>Stopping %1 (process %2)…</source>
        <translation>%1 (Prozess %2) wird beendet…</translation>
    </message>
    <message>
        <source>Change the Claude Desktop config?</source>
        <translation>Die Claude-Desktop-Konfiguration ändern?</translation>
    </message>
    <message>
        <source>This changes %1 as shown below. A backup of the file is kept, and you can undo the change.</source>
        <translation>Dies ändert %1 wie unten gezeigt. Eine Sicherungskopie der Datei wird aufbewahrt, und Sie können die Änderung rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Change the config</source>
        <translation>Konfiguration &amp;ändern</translation>
    </message>
    <message>
        <source>The config was not changed.</source>
        <translation>Die Konfiguration wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Changed the config; the old one is saved as %1. %2</source>
        <translation>Die Konfiguration wurde geändert; die alte ist als %1 gespeichert. %2</translation>
    </message>
    <message>
        <source>Undone: the config is back as it was.</source>
        <translation>Rückgängig gemacht: Die Konfiguration ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Can&apos;t open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ld::ui::McpConfigPage</name>
    <message>
        <source>Reading the config…</source>
        <translation>Die Konfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
    <message>
        <source>Reading the MCP client&apos;s config…</source>
        <translation>Konfiguration des MCP-Clients wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>MCP clients found (%n):</source>
        <translation>
            <numerusform>MCP-Client gefunden (%n):</numerusform>
            <numerusform>MCP-Clients gefunden (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Read the config and greet the servers again</source>
        <translation>Die Konfiguration neu lesen und die Server erneut begrüßen</translation>
    </message>
</context>
<context>
    <name>ld::ui::McpServersPage</name>
    <message>
        <source>Starting each server and greeting it…</source>
        <translation>Jeder Server wird gestartet und begrüßt…</translation>
    </message>
    <message>
        <source>Does each MCP server answer?</source>
        <translation>Antwortet jeder MCP-Server?</translation>
    </message>
    <message>
        <source>MCP servers and their state</source>
        <translation>MCP-Server und ihr Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Reading the config…</source>
        <translation>Die Konfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>The config lists no MCP server to check.</source>
        <translation>Die Konfiguration nennt keinen MCP-Server zum Prüfen.</translation>
    </message>
    <message>
        <source>Starting and greeting the servers…</source>
        <translation>Die Server werden gestartet und begrüßt…</translation>
    </message>
    <message>
        <source>Each server is started the way its MCP client starts it and greeted; no tool is called.</source>
        <translation>Jeder Server wird so gestartet, wie sein MCP-Client ihn startet, und begrüßt; es wird kein Tool aufgerufen.</translation>
    </message>
    <message>
        <source>No server can be checked: the config can&apos;t be used. Fix it (the previous page says how) and the check runs again.</source>
        <translation>Kein Server kann geprüft werden: Die Konfiguration ist nicht verwendbar. Beheben Sie das Problem (die vorige Seite sagt, wie), dann läuft die Prüfung erneut.</translation>
    </message>
</context>
<context>
    <name>ld::ui::ProgressPage</name>
    <message>
        <source>Cance&amp;l check</source>
        <translation>&amp;Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Every step runs now; the wizard then opens on the one that explains the problem.</source>
        <translation>Jetzt laufen alle Schritte; danach öffnet der Assistent den Schritt, der das Problem erklärt.</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Each step and its state</source>
        <translation>Jeder Schritt und sein Zustand</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n Schritt erledigt</numerusform>
            <numerusform>%n Schritte erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Done checking %1.</source>
        <translation>Prüfung von %1 abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>ld::ui::SelfInstallButton</name>
    <message>
        <source>Add Localhost Doctor to %1</source>
        <translation>Localhost Doctor zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Lets %1 ask Localhost Doctor why a local server can&apos;t be reached (read-only tools; nothing is changed from there).</source>
        <translation>Ermöglicht %1, Localhost Doctor zu fragen, warum ein lokaler Server nicht erreichbar ist (nur lesende Tools; von dort aus wird nichts geändert).</translation>
    </message>
    <message>
        <source>Add Localhost Doctor to an MCP client&apos;s config</source>
        <translation>Localhost Doctor zur Konfiguration eines MCP-Clients hinzufügen</translation>
    </message>
    <message>
        <source>Localhost Doctor doesn&apos;t know where %1 keeps its MCP servers here.</source>
        <translation>Localhost Doctor weiß nicht, wo %1 hier seine MCP-Server ablegt.</translation>
    </message>
    <message>
        <source>Add Localhost Doctor to %1?</source>
        <translation>Localhost Doctor zu %1 hinzufügen?</translation>
    </message>
    <message>
        <source>This creates %1 as shown below, so %2 can start Localhost Doctor as an MCP server. Undo removes it again.</source>
        <translation>Dies legt %1 wie unten gezeigt an, damit %2 Localhost Doctor als MCP-Server starten kann. Rückgängigmachen entfernt die Datei wieder.</translation>
    </message>
    <message>
        <source>This changes %1 as shown below, so %2 can start Localhost Doctor as an MCP server. A backup of the file is kept, and you can undo the change.</source>
        <translation>Dies ändert %1 wie unten gezeigt, damit %2 Localhost Doctor als MCP-Server starten kann. Eine Sicherungskopie der Datei wird aufbewahrt, und Sie können die Änderung rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Add to %1</source>
        <translation>Zu %1 hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>The config was not changed.</source>
        <translation>Die Konfiguration wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>ld::ui::StartPage</name>
    <message>
        <source>My &amp;server won&apos;t start: the port is in use</source>
        <translation>Mein Server startet &amp;nicht: Der Port ist belegt</translation>
    </message>
    <message>
        <source>Claude &amp;Desktop can&apos;t use an MCP server</source>
        <translation>Claude &amp;Desktop kann einen MCP-Server nicht benutzen</translation>
    </message>
    <message>
        <source>&amp;Address you tried:</source>
        <translation>&amp;Adresse, die Sie versucht haben:</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <source>Pick what happened and type the address; the next pages check it step by step.</source>
        <translation>Wählen Sie, was passiert ist, und geben Sie die Adresse ein; die nächsten Seiten prüfen sie Schritt für Schritt.</translation>
    </message>
    <message>
        <source>I can&apos;t open an address</source>
        <translation>Ich kann eine Adresse nicht öffnen</translation>
    </message>
    <message>
        <source>My server won&apos;t start: the port is in use</source>
        <translation>Mein Server startet nicht: Der Port ist belegt</translation>
    </message>
    <message>
        <source>Claude Desktop can&apos;t use an MCP server</source>
        <translation>Claude Desktop kann einen MCP-Server nicht benutzen</translation>
    </message>
    <message>
        <source>localhost:3000</source>
        <translation>localhost:3000</translation>
    </message>
    <message>
        <source>Address you tried</source>
        <translation>Adresse, die Sie versucht haben</translation>
    </message>
    <message>
        <source>For example localhost:3000 or http://localhost:3000/mcp</source>
        <translation>Zum Beispiel localhost:3000 oder http://localhost:3000/mcp</translation>
    </message>
    <message>
        <source>Clear the address</source>
        <translation>Die Adresse löschen</translation>
    </message>
    <message>
        <source>Examples of addresses</source>
        <translation>Beispiele für Adressen</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Localhost Doctor reads Claude Desktop&apos;s config (claude_desktop_config.json), checks every MCP server it lists, and greets each one the way Claude Desktop does. Nothing is changed without asking you.</source>
        <translation>Localhost Doctor liest die Konfiguration von Claude Desktop (claude_desktop_config.json), prüft jeden MCP-Server, den sie nennt, und begrüßt jeden so, wie Claude Desktop es tut. Nichts wird geändert, ohne Sie zu fragen.</translation>
    </message>
    <message>
        <source>&amp;Address or port your server should use:</source>
        <translation>&amp;Adresse oder Port, den Ihr Server benutzen soll:</translation>
    </message>
    <message>
        <source>Type the address you tried to open, or just its port number.</source>
        <translation>Geben Sie die Adresse ein, die Sie öffnen wollten, oder nur ihre Portnummer.</translation>
    </message>
    <message>
        <source>(at character %1)</source>
        <translation>(bei Zeichen %1)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>You can go on: the first step looks for the right port.</source>
        <translation>Sie können weitermachen: Der erste Schritt sucht den richtigen Port.</translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports can&apos;t be negative.</source>
        <translation>Port %1 gibt es nicht: Ports können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Port %1 doesn&apos;t exist: ports go from 1 to 65535.</source>
        <translation>Port %1 gibt es nicht: Ports gehen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; ist kein Port: Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Port 0 means &quot;any free port&quot; to a server; nothing listens on port 0 itself.</source>
        <translation>Port 0 bedeutet für einen Server &quot;irgendein freier Port&quot;; auf Port 0 selbst lauscht nichts.</translation>
    </message>
    <message>
        <source>No port given: %1 uses port %2 by default. Will check %3.</source>
        <translation>Kein Port angegeben: %1 benutzt standardmäßig Port %2. Geprüft wird %3.</translation>
    </message>
    <message>
        <source>No port given: add one after a colon, as in localhost:3000.</source>
        <translation>Kein Port angegeben: Fügen Sie einen nach einem Doppelpunkt an, wie in localhost:3000.</translation>
    </message>
    <message>
        <source>Will check %1 (port %2 on %3).</source>
        <translation>Geprüft wird %1 (Port %2 auf %3).</translation>
    </message>
    <message>
        <source>I can&apos;t &amp;open an address</source>
        <translation>&amp;Ich kann eine Adresse nicht öffnen</translation>
    </message>
</context>
<context>
    <name>ld::ui::StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>ld::ui::StepList</name>
    <message>
        <source>Steps: choose one to see what it found</source>
        <translation>Schritte: Wählen Sie einen, um zu sehen, was er gefunden hat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>ld::ui::StepPage</name>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking, please wait</source>
        <translation>Wird geprüft, bitte warten</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>What this step found</source>
        <translation>Was dieser Schritt gefunden hat</translation>
    </message>
    <message>
        <source>Show details: the evidence behind this step</source>
        <translation>Details anzeigen: die Belege hinter diesem Schritt</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled before this step ran. Use &quot;Check again&quot; to run it.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor dieser Schritt lief. Mit &quot;Erneut prüfen&quot; führen Sie ihn aus.</translation>
    </message>
    <message>
        <source>This step did not run for this address.</source>
        <translation>Dieser Schritt lief für diese Adresse nicht.</translation>
    </message>
    <message>
        <source>Nothing to check here for this address.</source>
        <translation>Für diese Adresse gibt es hier nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Cance&amp;l check</source>
        <translation>&amp;Prüfung abbrechen</translation>
    </message>
</context>
<context>
    <name>ld::ui::SummaryPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht spei&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Keep an eye on this address</source>
        <translation>Diese Adresse im Blick behal&amp;ten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation>Den Bericht als Markdown kopieren</translation>
    </message>
    <message>
        <source>Save the report as JSON or HTML</source>
        <translation>Den Bericht als JSON oder HTML speichern</translation>
    </message>
    <message>
        <source>Export a diagnostic bundle</source>
        <translation>Ein Diagnosepaket exportieren</translation>
    </message>
    <message>
        <source>Keep an eye on this address from the tray</source>
        <translation>Diese Adresse aus dem Infobereich im Blick behalten</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>JSON for scripts and support (*.json)</source>
        <translation>JSON für Skripte und Support (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Still checking %1…</source>
        <translation>%1 wird noch geprüft…</translation>
    </message>
    <message>
        <source>If it still doesn&apos;t open, save the report and send it to whoever helps you.</source>
        <translation>Wenn es sich immer noch nicht öffnet, speichern Sie den Bericht und schicken Sie ihn an die Person, die Ihnen hilft.</translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation>Was als Nächstes zu tun ist: %1</translation>
    </message>
    <message>
        <source>Copied the report to the clipboard (Markdown): paste it into a chat or an issue.</source>
        <translation>Der Bericht wurde in die Zwischenablage kopiert (Markdown): Fügen Sie ihn in einen Chat oder ein Issue ein.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>One .zip with this report, system facts and logs for support; secrets are replaced.</source>
        <translation>Eine .zip mit diesem Bericht, Systemdaten und Protokollen für den Support; Geheimnisse werden ersetzt.</translation>
    </message>
    <message>
        <source>Could not add %1 to the watched addresses: %2</source>
        <translation>%1 konnte nicht zu den überwachten Adressen hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>There is nothing to watch here.</source>
        <translation>Hier gibt es nichts zu überwachen.</translation>
    </message>
    <message>
        <source>Co&amp;py report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Export diagnostic b&amp;undle…</source>
        <translation>Diagnosepaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Im Browser öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse ko&amp;pieren</translation>
    </message>
    <message>
        <source>The answer, what to do about it, and every step at a glance.</source>
        <translation>Die Antwort, was Sie dagegen tun können, und alle Schritte auf einen Blick.</translation>
    </message>
    <message>
        <source>The recommended fix</source>
        <translation>Die empfohlene Lösung</translation>
    </message>
    <message>
        <source>Check the address again</source>
        <translation>Die Adresse erneut prüfen</translation>
    </message>
    <message>
        <source>The address that answers</source>
        <translation>Die Adresse, die antwortet</translation>
    </message>
    <message>
        <source>Every step and what it found; open one to see its page</source>
        <translation>Alle Schritte und was sie gefunden haben; öffnen Sie einen, um seine Seite zu sehen</translation>
    </message>
    <message>
        <source>The tray icon checks it in the background and tells you when it stops answering.</source>
        <translation>Das Symbol im Infobereich prüft sie im Hintergrund und sagt Ihnen, wenn sie nicht mehr antwortet.</translation>
    </message>
    <message>
        <source>Can&apos;t open %1 here: copy it into your browser.</source>
        <translation>%1 kann hier nicht geöffnet werden: Kopieren Sie die Adresse in Ihren Browser.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Fixed: %1 is free for your server.</source>
        <translation>Behoben: %1 ist frei für Ihren Server.</translation>
    </message>
    <message>
        <source>Fixed: every MCP server answers.</source>
        <translation>Behoben: Jeder MCP-Server antwortet.</translation>
    </message>
    <message>
        <source>Fixed: %1 answers.</source>
        <translation>Behoben: %1 antwortet.</translation>
    </message>
    <message>
        <source>Still broken: %1</source>
        <translation>Noch nicht behoben: %1</translation>
    </message>
    <message>
        <source>You typed %1: open %2.</source>
        <translation>Sie haben %1 eingegeben: Öffnen Sie %2.</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Watching %1: the tray icon tells you when it stops answering.</source>
        <translation>%1 wird überwacht: Das Symbol im Infobereich sagt Ihnen, wenn die Adresse nicht mehr antwortet.</translation>
    </message>
    <message>
        <source>Watching %1, but the tray icon could not be started.</source>
        <translation>%1 wird überwacht, aber das Symbol im Infobereich konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ld::ui::TrayIcon</name>
    <message>
        <source>Localhost Doctor: watched addresses</source>
        <translation>Localhost Doctor: überwachte Adressen</translation>
    </message>
    <message>
        <source>Localhost Doctor</source>
        <translation>Localhost Doctor</translation>
    </message>
    <message>
        <source>No addresses watched yet</source>
        <translation>Noch keine Adressen überwacht</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>&amp;Diagnostizieren…</translation>
    </message>
    <message>
        <source>Open the wizard. To diagnose one address, click it above.</source>
        <translation>Den Assistenten öffnen. Um eine Adresse zu diagnostizieren, klicken Sie sie oben an.</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message numerus="yes">
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>Für %n Stunde</numerusform>
            <numerusform>Für %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unmute</source>
        <translation>Stummschaltung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>Bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>E&amp;xport diagnostic bundle…</source>
        <translation>Diagnosepaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n erreichbar</numerusform>
            <numerusform>%n erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked yet</source>
        <translation>
            <numerusform>%n noch nicht geprüft</numerusform>
            <numerusform>%n noch nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>no addresses watched</source>
        <translation>keine Adressen überwacht</translation>
    </message>
    <message>
        <source>Localhost Doctor: %1</source>
        <translation>Localhost Doctor: %1</translation>
    </message>
    <message>
        <source>Notifications muted until %1</source>
        <translation>Benachrichtigungen stumm bis %1</translation>
    </message>
    <message>
        <source>%1: paused</source>
        <translation>%1: pausiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 seit %3</translation>
    </message>
    <message>
        <source>(last check: %1)</source>
        <translation>(letzte Prüfung: %1)</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; from Claude Desktop&apos;s config</source>
        <translation>MCP-Server &quot;%1&quot; aus der Konfiguration von Claude Desktop</translation>
    </message>
    <message>
        <source>Click to diagnose it.</source>
        <translation>Zum Diagnostizieren klicken.</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 has a problem</source>
        <translation>%1 hat ein Problem</translation>
    </message>
    <message>
        <source>%1 is up again</source>
        <translation>%1 ist wieder erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s) were not shown.</source>
        <translation>
            <numerusform>%n weitere Änderung wurde nicht gezeigt.</numerusform>
            <numerusform>%n weitere Änderungen wurden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Das Starten bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Watched addresses…</source>
        <translation>Übe&amp;rwachte Adressen…</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ld::wizard::BundleBuilder</name>
    <message>
        <source>the diagnosis of %1</source>
        <translation>die Diagnose von %1</translation>
    </message>
    <message>
        <source>the same diagnosis as a page to read in a browser</source>
        <translation>dieselbe Diagnose als Seite zum Lesen im Browser</translation>
    </message>
    <message>
        <source>diagnosing %1</source>
        <translation>Diagnose von %1</translation>
    </message>
    <message>
        <source>reading the system, sockets, firewall and proxy</source>
        <translation>System, Sockets, Firewall und Proxy werden gelesen</translation>
    </message>
    <message>
        <source>the operating system, versions, locale and environment</source>
        <translation>Betriebssystem, Versionen, Gebietsschema und Umgebung</translation>
    </message>
    <message>
        <source>the listening sockets with their programs</source>
        <translation>die lauschenden Sockets mit ihren Programmen</translation>
    </message>
    <message>
        <source>the firewall&apos;s rules, as far as they can be read</source>
        <translation>die Regeln der Firewall, soweit sie lesbar sind</translation>
    </message>
    <message>
        <source>proxy settings</source>
        <translation>Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>reading the Claude Desktop config and logs</source>
        <translation>Konfiguration und Protokolle von Claude Desktop werden gelesen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>No Claude Desktop config was found (looked at %1).</source>
        <translation>Es wurde keine Claude-Desktop-Konfiguration gefunden (gesucht in %1).</translation>
    </message>
    <message>
        <source>the Claude Desktop config %1</source>
        <translation>die Claude-Desktop-Konfiguration %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the last %1 lines of %2</source>
        <translation>die letzten %1 Zeilen von %2</translation>
    </message>
    <message>
        <source>the last %1 lines of this app&apos;s log %2</source>
        <translation>die letzten %1 Zeilen des Protokolls dieser App %2</translation>
    </message>
    <message>
        <source>Secrets were replaced before anything was written: each by a placeholder such as &lt;secret-3:sk&gt; (number and kind), the same secret by the same placeholder in every file. The home folder is shown as ~ and the user name as &lt;user&gt;. The secrets themselves are not in this bundle.</source>
        <translation>Geheimnisse wurden ersetzt, bevor irgendetwas geschrieben wurde: jedes durch einen Platzhalter wie &lt;secret-3:sk&gt; (Nummer und Art), dasselbe Geheimnis in jeder Datei durch denselben Platzhalter. Der Home-Ordner erscheint als ~ und der Benutzername als &lt;user&gt;. Die Geheimnisse selbst sind nicht in diesem Paket.</translation>
    </message>
    <message>
        <source>the list of files in this bundle, their sizes, checksums and redactions</source>
        <translation>die Liste der Dateien in diesem Paket mit Größen, Prüfsummen und Schwärzungen</translation>
    </message>
    <message>
        <source>Listening sockets and their programs, as `localhost-doctor listeners` shows them.</source>
        <translation>Lauschende Sockets und ihre Programme, wie `localhost-doctor listeners` sie zeigt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(needs administrator rights)</source>
        <translation>(erfordert Administratorrechte)</translation>
    </message>
    <message>
        <source>No firewall was found to read.</source>
        <translation>Es wurde keine Firewall zum Auslesen gefunden.</translation>
    </message>
    <message>
        <source>Proxy settings in the environment (what curl, Node, Python and Go clients read):</source>
        <translation>Proxy-Einstellungen in der Umgebung (was curl-, Node-, Python- und Go-Clients lesen):</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>(keine gesetzt)</translation>
    </message>
    <message>
        <source>What the system proxy settings give for each address (QNetworkProxyFactory::systemProxyForQuery):</source>
        <translation>Was die System-Proxy-Einstellungen für jede Adresse ergeben (QNetworkProxyFactory::systemProxyForQuery):</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>direkt (kein Proxy)</translation>
    </message>
</context>
<context>
    <name>ld::wizard::McpDiagnosis</name>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is reached at %2</source>
        <translation>Server &quot;%1&quot; ist unter %2 erreichbar</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; reaches %2 through %3</source>
        <translation>Server &quot;%1&quot; erreicht %2 über %3</translation>
    </message>
    <message>
        <source>Not contacted (--no-launch): run without it to check that address with every step.</source>
        <translation>Nicht kontaktiert (--no-launch): Führen Sie es ohne diese Option aus, um diese Adresse mit allen Schritten zu prüfen.</translation>
    </message>
    <message>
        <source>%1 is read as a %2 config</source>
        <translation>%1 wird als %2-Konfiguration gelesen</translation>
    </message>
    <message>
        <source>The client was %1. Use --client to choose another.</source>
        <translation>Der Client war %1. Mit --client können Sie einen anderen wählen.</translation>
    </message>
    <message>
        <source>This config is written for %1; it is checked by %1&apos;s rules</source>
        <translation>Diese Konfiguration ist für %1 geschrieben; sie wird nach den Regeln von %1 geprüft</translation>
    </message>
    <message>
        <source>It names %1, so it is judged as %2 would run it: commands and paths are not looked up on this %3 machine.</source>
        <translation>Sie nennt %1 und wird daher so beurteilt, wie %2 sie ausführen würde: Befehle und Pfade werden auf diesem %3-Computer nicht nachgeschlagen.</translation>
    </message>
    <message>
        <source>%1&apos;s config is valid but lists no MCP servers</source>
        <translation>Die Konfiguration von %1 ist gültig, enthält aber keine MCP-Server</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s config is valid and lists %n MCP server(s)</source>
        <translation>
            <numerusform>Die Konfiguration von %1 ist gültig und enthält %n MCP-Server</numerusform>
            <numerusform>Die Konfiguration von %1 ist gültig und enthält %n MCP-Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>Gelesen aus %1.</translation>
    </message>
    <message>
        <source>%1 starts &quot;%2&quot; of server &quot;%3&quot; with its built-in Node.js</source>
        <translation>%1 startet &quot;%2&quot; von Server &quot;%3&quot; mit seinem integrierten Node.js</translation>
    </message>
    <message>
        <source>The config sets &quot;%1&quot;: true, so %2 uses the Node.js it ships instead of yours. That Node.js does not see packages installed with npm install -g, nor your Node version. If the server fails to start or is not found, set &quot;%1&quot; to false (or turn off &quot;Use Built-in Node.js for MCP&quot; in the app&apos;s settings). %3</source>
        <translation>Die Konfiguration setzt &quot;%1&quot;: true, daher verwendet %2 das mitgelieferte Node.js statt Ihres eigenen. Dieses Node.js sieht weder Pakete, die mit npm install -g installiert wurden, noch Ihre Node-Version. Wenn der Server nicht startet oder nicht gefunden wird, setzen Sie &quot;%1&quot; auf false (oder deaktivieren Sie &quot;Use Built-in Node.js for MCP&quot; in den Einstellungen der App). %3</translation>
    </message>
    <message>
        <source>%1 logged errors for server &quot;%2&quot; earlier</source>
        <translation>%1 hat zuvor Fehler für Server &quot;%2&quot; protokolliert</translation>
    </message>
    <message>
        <source>The last one: %1
If the checks here pass, it may be from before a fix. %2</source>
        <translation>Der letzte: %1
Wenn die Prüfungen hier erfolgreich sind, stammt er womöglich aus der Zeit vor einer Korrektur. %2</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot;: %2</source>
        <translation>Server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s config is fine, but it lists no MCP servers.</source>
        <translation>Die Konfiguration von %1 ist in Ordnung, enthält aber keine MCP-Server.</translation>
    </message>
    <message numerus="yes">
        <source>All %n MCP server(s) of the clients found look fine.</source>
        <translation>
            <numerusform>Der %n MCP-Server der gefundenen Clients sieht gut aus.</numerusform>
            <numerusform>Alle %n MCP-Server der gefundenen Clients sehen gut aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n MCP server(s) in %1&apos;s config look fine.</source>
        <translation>
            <numerusform>Der %n MCP-Server in der Konfiguration von %1 sieht gut aus.</numerusform>
            <numerusform>Alle %n MCP-Server in der Konfiguration von %1 sehen gut aus.</numerusform>
        </translation>
    </message>
</context>
</TS>
