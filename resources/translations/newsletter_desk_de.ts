<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Newsletter Desk could not start. {problem}</source>
        <translation>Newsletter Desk konnte nicht gestartet werden. {problem}</translation>
    </message>
</context>
<context>
    <name>assign_address_dialog</name>
    <message>
        <source>Assign an address</source>
        <translation>Adresse zuordnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which address is the bounce “{subject}” about?&lt;/p&gt;&lt;p&gt;It is then counted like any bounce for that address (and may suppress it), and the next collection removes the message from the mailbox.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Welche Adresse betrifft der Bounce „{subject}“?&lt;/p&gt;&lt;p&gt;Er wird dann wie jeder Bounce für diese Adresse gezählt (und kann sie sperren), und die nächste Abholung entfernt die Nachricht aus dem Postfach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. reader@example.org</source>
        <translation>z. B. leser@example.org</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
</context>
<context>
    <name>autoresponders_page</name>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (switched off)</source>
        <translation>{name} (ausgeschaltet)</translation>
    </message>
    <message>
        <source>{delay} after joining</source>
        <translation>{delay} nach der Anmeldung</translation>
    </message>
    <message>
        <source>right after joining</source>
        <translation>direkt nach der Anmeldung</translation>
    </message>
    <message>
        <source>{list} · {when} · sent to {count}</source>
        <translation>{list} · {when} · an {count} versendet</translation>
    </message>
    <message>
        <source>An autoresponder sends one message to each person who joins a list: a welcome at once, or a follow-up some days later. Only people who join after you create it receive it, so switching one on never mails a whole existing list. The footer with the unsubscribe link is added as for campaigns; suppressed and unsubscribed addresses are left out. The “Queue autoresponder messages” job sends them (see Jobs).</source>
        <translation>Ein Autoresponder sendet jeder Person, die sich in eine Liste einträgt, eine Nachricht: sofort einen Willkommensgruß oder einige Tage später eine Folgenachricht. Nur wer sich nach dem Anlegen einträgt, erhält sie – das Einschalten schreibt also nie eine ganze bestehende Liste an. Die Fußzeile mit dem Abmeldelink wird wie bei Kampagnen angefügt; gesperrte und abgemeldete Adressen werden ausgelassen. Die Aufgabe „Autoresponder-Nachrichten einreihen“ versendet sie (siehe Aufgaben).</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Its message goes to each person who joins this list.</source>
        <translation>Die Nachricht geht an jede Person, die sich in diese Liste einträgt.</translation>
    </message>
    <message>
        <source>SMTP &amp;profile</source>
        <translation>SMTP-&amp;Profil</translation>
    </message>
    <message>
        <source>Sends it, with its sender address and footers.</source>
        <translation>Versendet sie, mit seiner Absenderadresse und seinen Fußzeilen.</translation>
    </message>
    <message>
        <source>Send after</source>
        <translation>Senden nach</translation>
    </message>
    <message>
        <source>How long after a person joins; 0 sends it at the next run of the job.</source>
        <translation>Wie lange nach der Anmeldung einer Person; bei 0 geht sie beim nächsten Lauf der Aufgabe hinaus.</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>Merge fields work as in campaigns: {{first_name|there}}.</source>
        <translation>Platzhalter funktionieren wie in Kampagnen: {{first_name|there}}.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Nur-Te&amp;xt</translation>
    </message>
    <message>
        <source>Optional: the same message as HTML.</source>
        <translation>Optional: dieselbe Nachricht als HTML.</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>HT&amp;ML</translation>
    </message>
    <message>
        <source>S&amp;witched on</source>
        <translation>&amp;Eingeschaltet</translation>
    </message>
    <message>
        <source>When on, it goes to people who join from now on.</source>
        <translation>Wenn eingeschaltet, geht sie an alle, die sich ab jetzt eintragen.</translation>
    </message>
    <message>
        <source>&amp;days</source>
        <translation>&amp;Tage</translation>
    </message>
    <message>
        <source>h&amp;ours</source>
        <translation>St&amp;unden</translation>
    </message>
    <message>
        <source>m&amp;inutes</source>
        <translation>M&amp;inuten</translation>
    </message>
    <message>
        <source>Welcome, {{first_name|there}}</source>
        <translation>Willkommen, {{first_name|there}}</translation>
    </message>
    <message>
        <source>Not saved: see the field marked in red.</source>
        <translation>Nicht gespeichert: Bitte prüfen Sie das rot markierte Feld.</translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>“{name}” saved. It is switched off: nothing is sent.</source>
        <translation>„{name}“ gespeichert. Er ist ausgeschaltet: Es wird nichts versendet.</translation>
    </message>
    <message>
        <source>Delete autoresponder</source>
        <translation>Autoresponder löschen</translation>
    </message>
    <message>
        <source>Delete “{name}”? People who join {list} will no longer receive it; messages already queued are still sent.</source>
        <translation>„{name}“ löschen? Wer sich in {list} einträgt, erhält ihn nicht mehr; bereits eingereihte Nachrichten werden noch versendet.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
</context>
<context>
    <name>bounce_codes_page</name>
    <message>
        <source>Hard: stop sending</source>
        <translation>Hart: Versand stoppen</translation>
    </message>
    <message>
        <source>Soft: try again later</source>
        <translation>Soft: später erneut versuchen</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hart</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>soft</translation>
    </message>
    <message>
        <source>“{code}” is not a status code like 5.1.1</source>
        <translation>„{code}“ ist kein Statuscode wie 5.1.1</translation>
    </message>
    <message>
        <source>{code} appears twice</source>
        <translation>{code} kommt doppelt vor</translation>
    </message>
    <message>
        <source>type must be hard or soft</source>
        <translation>der Typ muss hart oder soft sein</translation>
    </message>
    <message>
        <source>“{code}” is not a status code like 5.1.1: the cell keeps its old value.</source>
        <translation>„{code}“ ist kein Statuscode wie 5.1.1: Die Zelle behält ihren alten Wert.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Hard or soft</source>
        <translation>Hart oder soft</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>&amp;Add code</source>
        <translation>Code &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>S&amp;uppress only address failures</source>
        <translation>N&amp;ur Adressfehler sperren</translation>
    </message>
    <message>
        <source>Policy blocks, network and system failures (5.3.x, 5.4.x, 5.7.x) count as soft: only addresses that do not exist are suppressed.</source>
        <translation>Richtlinien-Sperren, Netzwerk- und Systemfehler (5.3.x, 5.4.x, 5.7.x) zählen als soft: Nur Adressen, die es nicht gibt, werden gesperrt.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}.</source>
        <translation>Zeile {row}: {problem}.</translation>
    </message>
    <message>
        <source>Not saved: row {row}: {problem}.</source>
        <translation>Nicht gespeichert: Zeile {row}: {problem}.</translation>
    </message>
    <message>
        <source>Describe what this code means</source>
        <translation>Beschreiben Sie, was dieser Code bedeutet</translation>
    </message>
</context>
<context>
    <name>bounce_handling_page</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Collect every</source>
        <translation>&amp;Abrufen alle</translation>
    </message>
    <message>
        <source>How often the bounce mailbox is read for new bounces.</source>
        <translation>Wie oft das Bounce-Postfach auf neue Bounces gelesen wird.</translation>
    </message>
    <message>
        <source>Collect re&amp;tries</source>
        <translation>Abruf-&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>If the mailbox cannot be reached, how many times to try again before waiting for the next round.</source>
        <translation>Wie oft ein erneuter Versuch erfolgt, wenn das Postfach nicht erreichbar ist, bevor auf die nächste Runde gewartet wird.</translation>
    </message>
    <message>
        <source>Soft-bounce retry &amp;interval</source>
        <translation>Soft-Bounce-Wiederholungs&amp;intervall</translation>
    </message>
    <message>
        <source>How long to wait before sending again to an address that soft-bounced.</source>
        <translation>Wie lange gewartet wird, bevor erneut an eine Adresse mit Soft Bounce gesendet wird.</translation>
    </message>
    <message>
        <source>Soft-bounce retr&amp;y count</source>
        <translation>Anzahl Soft-Bounce-&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>How many times to send again after soft bounces; after that the address counts as bounced.</source>
        <translation>Wie oft nach Soft Bounces erneut gesendet wird; danach gilt die Adresse als gebounct.</translation>
    </message>
    <message>
        <source>F&amp;orget soft bounces after</source>
        <translation>Soft Bounces &amp;vergessen nach</translation>
    </message>
    <message>
        <source>Soft bounces older than this no longer count towards the threshold.</source>
        <translation>Ältere Soft Bounces zählen nicht mehr zum Schwellenwert.</translation>
    </message>
    <message>
        <source>Count hard &amp;bounces towards the bounce threshold</source>
        <translation>Hard &amp;Bounces zum Bounce-Schwellenwert zählen</translation>
    </message>
    <message>
        <source>Unticked (the default), one hard bounce suppresses an address at once and the threshold counts soft bounces whose re-sends ran out. Tick it if your server gives hard bounces you do not trust: they then count like those soft bounces, and an address is suppressed only at the threshold.</source>
        <translation>Nicht angehakt (Standard) sperrt ein einziger Hard Bounce eine Adresse sofort, und der Schwellenwert zählt Soft Bounces, deren erneute Zustellversuche aufgebraucht sind. Haken Sie es an, wenn Ihr Server Hard Bounces meldet, denen Sie nicht trauen: Sie zählen dann wie diese Soft Bounces, und eine Adresse wird erst beim Schwellenwert gesperrt.</translation>
    </message>
</context>
<context>
    <name>bounce_log</name>
    <message>
        <source>None (autoresponder)</source>
        <translation>Keine (Autoresponder)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>bounce_mailbox_page</name>
    <message>
        <source>Delete them</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move them to a folder</source>
        <translation>In einen Ordner verschieben</translation>
    </message>
    <message>
        <source>Leave them where they are</source>
        <translation>Dort lassen, wo sie sind</translation>
    </message>
    <message>
        <source>Log-in techni&amp;que</source>
        <translation>Anmel&amp;deverfahren</translation>
    </message>
    <message>
        <source>E&amp;xternal app client ID</source>
        <translation>Client-ID der e&amp;xternen App</translation>
    </message>
    <message>
        <source>Organi&amp;zation (tenant)</source>
        <translation>Organisation (&amp;Mandant)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Collect bounces from this mailbox</source>
        <translation>Bounces aus diesem Postfach abru&amp;fen</translation>
    </message>
    <message>
        <source>IMAP (recommended)</source>
        <translation>IMAP (empfohlen)</translation>
    </message>
    <message>
        <source>None, unencrypted</source>
        <translation>Keine, unverschlüsselt</translation>
    </message>
    <message>
        <source>Verif&amp;y the server certificate</source>
        <translation>Server&amp;zertifikat prüfen</translation>
    </message>
    <message>
        <source>Pro&amp;tocol</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Secur&amp;ity</source>
        <translation>S&amp;icherheit</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>993 for IMAP and 995 for POP3 with SSL/TLS; 143 and 110 otherwise.</source>
        <translation>993 für IMAP und 995 für POP3 mit SSL/TLS; sonst 143 und 110.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Ben&amp;utzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Bounce address</source>
        <translation>&amp;Bounce-Adresse</translation>
    </message>
    <message>
        <source>The address bounces are sent to; usually the mailbox&apos;s own address.</source>
        <translation>Die Adresse, an die Bounces gehen; meist die eigene Adresse des Postfachs.</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Was gelesen wird</translation>
    </message>
    <message>
        <source>&amp;Load folders</source>
        <translation>Ordner &amp;laden</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>e.g. Processed bounces</source>
        <translation>z. B. Verarbeitete Bounces</translation>
    </message>
    <message>
        <source>Fol&amp;der to monitor</source>
        <translation>Überwachter &amp;Ordner</translation>
    </message>
    <message>
        <source>POP3 has only one folder, the inbox.</source>
        <translation>POP3 hat nur einen Ordner, den Posteingang.</translation>
    </message>
    <message>
        <source>Bounce thr&amp;eshold</source>
        <translation>Bounce-Sc&amp;hwellenwert</translation>
    </message>
    <message>
        <source>An address is suppressed after this many soft bounces whose re-sends ran out. One hard bounce suppresses it at once (unless Bounce handling says to count hard bounces here too).</source>
        <translation>Eine Adresse wird nach so vielen Soft Bounces gesperrt, deren erneute Zustellversuche aufgebraucht sind. Ein Hard Bounce sperrt sie sofort (außer die Bounce-Verarbeitung sagt, Hard Bounces auch hier zu zählen).</translation>
    </message>
    <message>
        <source>Pr&amp;ocessed bounces</source>
        <translation>Verarbeitete Boun&amp;ces</translation>
    </message>
    <message>
        <source>&amp;Move processed to</source>
        <translation>Verarbeitete verschieben &amp;nach</translation>
    </message>
    <message>
        <source>Other messa&amp;ges</source>
        <translation>Ander&amp;e Nachrichten</translation>
    </message>
    <message>
        <source>Replies and out-of-office notes that are not bounces.</source>
        <translation>Antworten und Abwesenheitsnotizen, die keine Bounces sind.</translation>
    </message>
    <message>
        <source>Move other mess&amp;ages to</source>
        <translation>Andere Nachrichten verschieben n&amp;ach</translation>
    </message>
    <message>
        <source>&amp;Keep bounces needing review in</source>
        <translation>&amp;Zu prüfende Bounces behalten in</translation>
    </message>
    <message>
        <source>Bounces that name no address of your lists wait for you under Bounces › Needs review; pick a folder to move them to, or leave empty to keep them where they arrived.</source>
        <translation>Bounces, die keine Adresse Ihrer Listen nennen, warten unter Bounces › Zu prüfen auf Sie; wählen Sie einen Ordner, in den sie verschoben werden, oder lassen Sie das Feld leer, damit sie bleiben, wo sie angekommen sind.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Verbindun&amp;g testen</translation>
    </message>
    <message>
        <source>Sign in before saving: press Sign in…</source>
        <translation>Vor dem Speichern anmelden: Klicken Sie auf „Anmelden…“</translation>
    </message>
    <message>
        <source>Enter the mailbox password.</source>
        <translation>Geben Sie das Passwort des Postfachs ein.</translation>
    </message>
    <message>
        <source>Logging in to {host} to list its folders…</source>
        <translation>Anmeldung bei {host}, um die Ordner aufzulisten…</translation>
    </message>
    <message>
        <source>Connecting to {host} on port {port}…</source>
        <translation>Verbindung zu {host} auf Port {port}…</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) found: pick the one bounces arrive in.</source>
        <translation>
            <numerusform>%n Ordner gefunden: Wählen Sie den, in dem Bounces ankommen.</numerusform>
            <numerusform>%n Ordner gefunden: Wählen Sie den, in dem Bounces ankommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campaign_report_tab</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht versendet</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Ungewiss</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard Bounces</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft Bounces</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Spam-Beschwerden</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Recipients: {recipients} ({waiting} not sent yet)</source>
        <translation>Empfänger: {recipients} ({waiting} noch nicht versendet)</translation>
    </message>
    <message>
        <source>Delivered: {delivered} of {sent} tried so far ({share})</source>
        <translation>Zugestellt: {delivered} von {sent} bisher versuchten ({share})</translation>
    </message>
    <message>
        <source>Bounces: {hard} hard, {soft} soft; {failed} refused while sending, {deferred} deferred, {uncertain} uncertain</source>
        <translation>Bounces: {hard} Hard, {soft} Soft; {failed} beim Versand abgelehnt, {deferred} zurückgestellt, {uncertain} ungewiss</translation>
    </message>
    <message>
        <source>Complaints: {complaints} ({share} of delivered)</source>
        <translation>Spam-Beschwerden: {complaints} ({share} der zugestellten)</translation>
    </message>
    <message>
        <source>Unsubscribes: {unsubscribes} ({share} of delivered)</source>
        <translation>Abmeldungen: {unsubscribes} ({share} der zugestellten)</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it went.</source>
        <translation>Wählen Sie eine Kampagne, um zu sehen, wie sie gelaufen ist.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>The table by receiving domain, for a spreadsheet</source>
        <translation>Die Tabelle nach Empfänger-Domain, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>The report could not be read: {message}</source>
        <translation>Der Bericht konnte nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>{name} report.csv</source>
        <translation>{name} Bericht.csv</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>campaigns_page</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Preview and test</source>
        <translation>Vorschau und Test</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Hello {{first_name|there}}, our spring news</source>
        <translation>Hallo {{first_name|there}}, unsere Frühlingsneuigkeiten</translation>
    </message>
    <message>
        <source>the profile&apos;s sender name</source>
        <translation>Absendername des Profils</translation>
    </message>
    <message>
        <source>the profile&apos;s sender address</source>
        <translation>Absenderadresse des Profils</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Kampagnen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Sender na&amp;me:</source>
        <translation>Ab&amp;sendername:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>&amp;Reply-to address:</source>
        <translation>Ant&amp;wortadresse:</translation>
    </message>
    <message>
        <source>SMTP &amp;profile:</source>
        <translation>SMTP-&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>&amp;Listen:</translation>
    </message>
    <message>
        <source>Merge fields: {{first_name}}, {{last_name}}, {{email}} and the extra columns of the chosen lists; a fallback follows a bar: {{first_name|there}}. The footer with the unsubscribe link is added.</source>
        <translation>Platzhalter: {{first_name}}, {{last_name}}, {{email}} und die zusätzlichen Spalten der gewählten Listen; ein Ersatzwert folgt nach einem senkrechten Strich: {{first_name|there}}. Die Fußzeile mit dem Abmeldelink wird angefügt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>F&amp;ill from the HTML</source>
        <translation>Aus dem HTML &amp;füllen</translation>
    </message>
    <message>
        <source>Write the plain-text part from the HTML part: its words in order, each link&apos;s address after its text</source>
        <translation>Den Textteil aus dem HTML-Teil erstellen: die Wörter in Reihenfolge, die Adresse jedes Links nach seinem Text</translation>
    </message>
    <message>
        <source>Shown by mail programs that do not show HTML, and read by spam filters: keep it close to the HTML.</source>
        <translation>Wird von Mailprogrammen ohne HTML-Anzeige gezeigt und von Spamfiltern gelesen: Halten Sie ihn nah am HTML.</translation>
    </message>
    <message>
        <source>Import HTML file…</source>
        <translation>HTML-Datei importieren…</translation>
    </message>
    <message>
        <source>Write below; it is sent as email-safe HTML in a 600-pixel column. An imported file is sent exactly as written until you edit it here.</source>
        <translation>Schreiben Sie unten; versendet wird E-Mail-taugliches HTML in einer 600 Pixel breiten Spalte. Eine importierte Datei wird genau so versendet, bis Sie sie hier bearbeiten.</translation>
    </message>
    <message>
        <source>a contact&apos;s address (empty: fallbacks only)</source>
        <translation>Adresse eines Kontakts (leer: nur Ersatzwerte)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Als:</translation>
    </message>
    <message>
        <source>As on a phone (375 pi&amp;xels wide)</source>
        <translation>Wie auf einem Handy (375 Pi&amp;xel breit)</translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation>HTML-Teil</translation>
    </message>
    <message>
        <source>Plain-text part</source>
        <translation>Textteil</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>Test an:</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>%v of %m done (%p%)</source>
        <translation>%v von %m erledigt (%p %)</translation>
    </message>
    <message>
        <source>Recipients no longer waiting: sent, refused or uncertain. Deferred ones wait to be tried again.</source>
        <translation>Empfänger, die nicht mehr warten: versendet, abgelehnt oder ungewiss. Zurückgestellte warten auf einen neuen Versuch.</translation>
    </message>
    <message>
        <source>Prepare recipients</source>
        <translation>Empfänger vorbereiten</translation>
    </message>
    <message>
        <source>Make one item per recipient and count who is left out, before anything is sent.</source>
        <translation>Für jeden Empfänger einen Eintrag anlegen und zählen, wer ausgelassen wird – bevor etwas versendet wird.</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>Versand starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Send uncertain</source>
        <translation>Ungewisse versenden</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <source>Import HTML</source>
        <translation>HTML importieren</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>HTML-Dateien (*.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{header}:&lt;/b&gt; {value}</source>
        <translation>&lt;b&gt;{header}:&lt;/b&gt; {value}</translation>
    </message>
    <message>
        <source>(no plain-text part)</source>
        <translation>(kein Textteil)</translation>
    </message>
    <message>
        <source>(no HTML part: mail programs show the plain text)</source>
        <translation>(kein HTML-Teil: Mailprogramme zeigen den Text)</translation>
    </message>
    <message>
        <source>Fill from the HTML</source>
        <translation>Aus dem HTML füllen</translation>
    </message>
    <message>
        <source>Replace the plain-text part you wrote with one made from the HTML?</source>
        <translation>Den von Ihnen geschriebenen Textteil durch einen aus dem HTML erstellten ersetzen?</translation>
    </message>
    <message>
        <source>Test queued for {addresses}: it goes out within seconds while jobs run (see the Jobs page).</source>
        <translation>Test für {addresses} eingereiht: Er geht innerhalb von Sekunden hinaus, solange die Aufgaben laufen (siehe Seite Aufgaben).</translation>
    </message>
    <message>
        <source>Choose a saved campaign with a profile first.</source>
        <translation>Wählen Sie zuerst eine gespeicherte Kampagne mit Profil.</translation>
    </message>
    <message>
        <source>Stop sending “{name}” for good? What was sent stays recorded; duplicate it to send again later.</source>
        <translation>Den Versand von „{name}“ endgültig beenden? Bereits Versendetes bleibt erfasst; duplizieren Sie die Kampagne, um sie später erneut zu versenden.</translation>
    </message>
    <message>
        <source>Choose a campaign, or press New.</source>
        <translation>Wählen Sie eine Kampagne oder klicken Sie auf Neu.</translation>
    </message>
    <message>
        <source>Where the campaign stands could not be read: {message}</source>
        <translation>Der Stand der Kampagne konnte nicht gelesen werden: {message}</translation>
    </message>
</context>
<context>
    <name>cleanup_page</name>
    <message>
        <source>Check a spreadsheet of addresses without going online: invalid, duplicate, bounced, suppressed and unsubscribed addresses are taken out. You get a cleaned copy and a file of the removed rows with the reason for each; your file is never changed.</source>
        <translation>Prüfen Sie eine Adresstabelle, ohne online zu gehen: Ungültige, doppelte, gebouncte, gesperrte und abgemeldete Adressen werden entfernt. Sie erhalten eine bereinigte Kopie und eine Datei der entfernten Zeilen mit dem jeweiligen Grund; Ihre Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>1. Files</source>
        <translation>1. Dateien</translation>
    </message>
    <message>
        <source>A CSV, TSV or Excel (.xlsx) file of addresses</source>
        <translation>Eine CSV-, TSV- oder Excel-Datei (.xlsx) mit Adressen</translation>
    </message>
    <message>
        <source>Choose list…</source>
        <translation>Liste wählen…</translation>
    </message>
    <message>
        <source>&amp;List file:</source>
        <translation>&amp;Listendatei:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Optional: bounced mail exported from your mail program (.eml files, a folder of them, or an .mbox file).</source>
        <translation>Optional: aus Ihrem Mailprogramm exportierte Bounces (.eml-Dateien, ein Ordner davon oder eine .mbox-Datei).</translation>
    </message>
    <message>
        <source>&amp;Bounce files:</source>
        <translation>&amp;Bounce-Dateien:</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. Spalten</translation>
    </message>
    <message>
        <source>Choose a list file first.</source>
        <translation>Wählen Sie zuerst eine Listendatei.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>The first row holds column &amp;names</source>
        <translation>Die erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <source>Addresses are &amp;in:</source>
        <translation>Adressen stehen &amp;in:</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <source>3. What to remove and save</source>
        <translation>3. Was entfernt und gespeichert wird</translation>
    </message>
    <message>
        <source>Likely &amp;typos of big providers (gmial.com → gmail.com); the suggestion is listed, never applied</source>
        <translation>Vermutliche &amp;Tippfehler großer Anbieter (gmial.com → gmail.com); Vorschlag nur aufgeführt</translation>
    </message>
    <message>
        <source>Thro&amp;waway-address domains</source>
        <translation>&amp;Wegwerf-Adressdomains</translation>
    </message>
    <message>
        <source>List: {source}</source>
        <translation>Liste: {source}</translation>
    </message>
    <message>
        <source>R&amp;ole accounts (info@, admin@, sales@ …)</source>
        <translation>Funkti&amp;onsadressen (info@, admin@, sales@ …)</translation>
    </message>
    <message>
        <source>Also remove:</source>
        <translation>Außerdem entfernen:</translation>
    </message>
    <message>
        <source>Throwaway domains from {source}.</source>
        <translation>Wegwerf-Domains aus {source}.</translation>
    </message>
    <message>
        <source> soft bounces</source>
        <translation> Soft Bounces</translation>
    </message>
    <message>
        <source>Remove an address &amp;after:</source>
        <translation>Adresse entfernen n&amp;ach:</translation>
    </message>
    <message>
        <source>Remove addresses on the suppressed and &amp;unsubscribed lists</source>
        <translation>Gesperrte und abgemel&amp;dete Adressen entfernen</translation>
    </message>
    <message>
        <source>A&amp;dd the kept rows to a list</source>
        <translation>Behaltene Zeilen zu Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>list name (created if new)</source>
        <translation>Listenname (wird bei Bedarf angelegt)</translation>
    </message>
    <message>
        <source>List na&amp;me:</source>
        <translation>Listenna&amp;me:</translation>
    </message>
    <message>
        <source>Add the bounced addresses to the &amp;suppressed list</source>
        <translation>Gebouncte Adressen zur &amp;Sperrliste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Clean the list</source>
        <translation>Liste be&amp;reinigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Lauf anhalten (Esc)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Choose a list</source>
        <translation>Liste wählen</translation>
    </message>
    <message>
        <source>Lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Listen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add bounce files</source>
        <translation>Bounce-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>Maildateien (*.eml *.mbox *.mbx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a folder of bounce messages</source>
        <translation>Ordner mit Bounce-Nachrichten hinzufügen</translation>
    </message>
    <message>
        <source>Give the list to add the kept rows to a name.</source>
        <translation>Geben Sie der Liste für die behaltenen Zeilen einen Namen.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Done: kept {kept} of {rows} rows. The cleaned list is {path}.</source>
        <translation>Fertig: {kept} von {rows} Zeilen behalten. Die bereinigte Liste ist {path}.</translation>
    </message>
    <message>
        <source>The list could not be cleaned: {message}</source>
        <translation>Die Liste konnte nicht bereinigt werden: {message}</translation>
    </message>
    <message>
        <source>Cancelled: no files were written.</source>
        <translation>Abgebrochen: Es wurden keine Dateien geschrieben.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>{reason} (kept)</source>
        <translation>{reason} (behalten)</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>complaint_bar</name>
    <message>
        <source>{percent} (Gmail: watch)</source>
        <translation>{percent} (Gmail: beobachten)</translation>
    </message>
    <message>
        <source>{percent} (Gmail: limit)</source>
        <translation>{percent} (Gmail: Grenze)</translation>
    </message>
</context>
<context>
    <name>complaint_guard_page</name>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>the domain of the From address</source>
        <translation>die Domain der Absenderadresse</translation>
    </message>
    <message>
        <source>Pause a campaign a&amp;bove</source>
        <translation>Kampagne pausieren &amp;über</translation>
    </message>
    <message>
        <source>The share of delivered messages reported as spam at which a sending campaign stops. 0.3% is Gmail&apos;s line.</source>
        <translation>Der Anteil zugestellter Nachrichten, die als Spam gemeldet wurden, bei dem eine laufende Kampagne anhält. 0,3 % ist die Grenze von Gmail.</translation>
    </message>
    <message>
        <source>Only &amp;after</source>
        <translation>Erst &amp;nach</translation>
    </message>
    <message>
        <source>A few complaints among the first messages say little: the guard waits until the campaign has delivered this many.</source>
        <translation>Wenige Beschwerden unter den ersten Nachrichten sagen wenig: Der Wächter wartet, bis die Kampagne so viele zugestellt hat.</translation>
    </message>
    <message>
        <source>Feedback-&amp;ID sender</source>
        <translation>Feedback-&amp;ID-Absender</translation>
    </message>
    <message>
        <source>The last part of the Feedback-ID header on every campaign message, which Gmail&apos;s Postmaster Tools group complaints by. Leave it empty to use the domain you send from.</source>
        <translation>Der letzte Teil des Feedback-ID-Headers in jeder Kampagnennachricht, nach dem die Postmaster Tools von Gmail Beschwerden gruppieren. Leer lassen, um die Domain zu verwenden, von der Sie senden.</translation>
    </message>
    <message>
        <source>Complaints per SMTP profile, last 30 days</source>
        <translation>Beschwerden pro SMTP-Profil, letzte 30 Tage</translation>
    </message>
    <message>
        <source>No SMTP profile yet.</source>
        <translation>Noch kein SMTP-Profil.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>A link must start with https:// (or http://).</source>
        <translation>Ein Link muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>Choose Campaign or Global.</source>
        <translation>Wählen Sie „Kampagne“ oder „Global“.</translation>
    </message>
    <message>
        <source>Choose IMAP or POP3.</source>
        <translation>Wählen Sie IMAP oder POP3.</translation>
    </message>
    <message>
        <source>Choose None, STARTTLS or SSL/TLS.</source>
        <translation>Wählen Sie „Keine“, STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <source>Choose Password, Sign in with Microsoft or Sign in with Google.</source>
        <translation>Wählen Sie „Passwort“, „Mit Microsoft anmelden“ oder „Mit Google anmelden“.</translation>
    </message>
    <message>
        <source>Choose RSA 2048 or Ed25519.</source>
        <translation>Wählen Sie RSA 2048 oder Ed25519.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Rome.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Choose a warm-up plan, or none.</source>
        <translation>Wählen Sie einen Aufwärmplan oder keinen.</translation>
    </message>
    <message>
        <source>Choose the folder to monitor (usually INBOX).</source>
        <translation>Wählen Sie den zu überwachenden Ordner (meist INBOX).</translation>
    </message>
    <message>
        <source>Enter a selector of letters, digits and hyphens, e.g. news1.</source>
        <translation>Geben Sie einen Selektor aus Buchstaben, Ziffern und Bindestrichen ein, z. B. news1.</translation>
    </message>
    <message>
        <source>Enter a time of day as HH:MM, e.g. 08:00.</source>
        <translation>Geben Sie eine Uhrzeit als HH:MM ein, z. B. 08:00.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the client ID of your app registration (see the guide).</source>
        <translation>Geben Sie die Client-ID Ihrer App-Registrierung ein (siehe Anleitung).</translation>
    </message>
    <message>
        <source>Enter the mailbox user name.</source>
        <translation>Geben Sie den Benutzernamen des Postfachs ein.</translation>
    </message>
    <message>
        <source>Enter the server name, e.g. smtp.example.com.</source>
        <translation>Geben Sie den Servernamen ein, z. B. smtp.example.com.</translation>
    </message>
    <message>
        <source>Enter the signing domain, e.g. shop.example.</source>
        <translation>Geben Sie die Signaturdomain ein, z. B. shop.example.</translation>
    </message>
    <message>
        <source>Enter the user name, or untick “Requires authentication”.</source>
        <translation>Geben Sie den Benutzernamen ein oder entfernen Sie den Haken bei „Authentifizierung erforderlich“.</translation>
    </message>
    <message>
        <source>Enter the warm-up&apos;s first day as a date, e.g. 2026-03-02.</source>
        <translation>Geben Sie den ersten Tag des Aufwärmens als Datum ein, z. B. 2026-03-02.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Name the folder that other messages move to.</source>
        <translation>Nennen Sie den Ordner, in den andere Nachrichten verschoben werden.</translation>
    </message>
    <message>
        <source>Name the folder that processed bounces move to.</source>
        <translation>Nennen Sie den Ordner, in den verarbeitete Bounces verschoben werden.</translation>
    </message>
    <message>
        <source>POP3 has no folders: bounces that need review are left in the inbox.</source>
        <translation>POP3 hat keine Ordner: Zu prüfende Bounces bleiben im Posteingang.</translation>
    </message>
    <message>
        <source>POP3 has no folders: other messages are left in place.</source>
        <translation>POP3 hat keine Ordner: Andere Nachrichten bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>POP3 has no folders: processed bounces can only be deleted.</source>
        <translation>POP3 hat keine Ordner: Verarbeitete Bounces können nur gelöscht werden.</translation>
    </message>
    <message>
        <source>Say true or false.</source>
        <translation>Geben Sie „true“ oder „false“ an.</translation>
    </message>
    <message>
        <source>The HTML footer must contain {{unsubscribe_url}}.</source>
        <translation>Die HTML-Fußzeile muss {{unsubscribe_url}} enthalten.</translation>
    </message>
    <message>
        <source>The complaint limit must be above 0% and at most 100%.</source>
        <translation>Die Beschwerdegrenze muss über 0 % und höchstens 100 % liegen.</translation>
    </message>
    <message>
        <source>The link must contain {{token}} to know who clicked.</source>
        <translation>Der Link muss {{token}} enthalten, damit erkennbar ist, wer geklickt hat.</translation>
    </message>
    <message>
        <source>The person leaves every list: no later campaign is sent to them, whatever list it goes to, even one they join afterwards. The safest choice under strict privacy rules.</source>
        <translation>Die Person verlässt alle Listen: Keine spätere Kampagne wird ihr gesendet, egal an welche Liste, auch nicht an eine, der sie später beitritt. Die sicherste Wahl unter strengen Datenschutzregeln.</translation>
    </message>
    <message>
        <source>The person leaves the lists that campaign was sent to: later campaigns to those lists leave them out. Campaigns to their other lists still reach them.</source>
        <translation>Die Person verlässt die Listen, an die diese Kampagne ging: Spätere Kampagnen an diese Listen lassen sie aus. Kampagnen an ihre anderen Listen erreichen sie weiterhin.</translation>
    </message>
    <message>
        <source>The plain-text footer must contain {{unsubscribe_url}}.</source>
        <translation>Die Nur-Text-Fußzeile muss {{unsubscribe_url}} enthalten.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>Die Adresse des Dienstes muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The window must end at another time than it starts.</source>
        <translation>Das Zeitfenster muss zu einer anderen Uhrzeit enden, als es beginnt.</translation>
    </message>
    <message>
        <source>Use at most 16 connections at once.</source>
        <translation>Verwenden Sie höchstens 16 gleichzeitige Verbindungen.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, hyphens or underscores (no colons or spaces), e.g. shop-example.</source>
        <translation>Verwenden Sie bis zu 64 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche (keine Doppelpunkte oder Leerzeichen), z. B. shop-example.</translation>
    </message>
    <message>
        <source>Write the DNS server as an IP address, or address:port (e.g. 192.168.1.1 or 127.0.0.1:5353).</source>
        <translation>Geben Sie den DNS-Server als IP-Adresse oder als Adresse:Port an (z. B. 192.168.1.1 oder 127.0.0.1:5353).</translation>
    </message>
</context>
<context>
    <name>config_words</name>
    <message>
        <source>“{value}” is not a server name.</source>
        <translation>„{value}“ ist kein Servername.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address: {reason}</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse: {reason}</translation>
    </message>
    <message>
        <source>This must be at least {low}.</source>
        <translation>Der Wert muss mindestens {low} sein.</translation>
    </message>
    <message>
        <source>Sign as {sender}: the signing domain must be the From address&apos;s domain.</source>
        <translation>Signieren Sie als {sender}: Die Signaturdomain muss die Domain der Absenderadresse sein.</translation>
    </message>
    <message>
        <source>Sign as {sender} or its parent domain {parent}: the signing domain must match the From address.</source>
        <translation>Signieren Sie als {sender} oder mit der übergeordneten Domain {parent}: Die Signaturdomain muss zur Absenderadresse passen.</translation>
    </message>
</context>
<context>
    <name>exclusion_policy_page</name>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <source>&amp;Global</source>
        <translation>&amp;Global</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>{code} (server reply {reply}) from {host}</source>
        <translation>{code} (Serverantwort {reply}) von {host}</translation>
    </message>
    <message>
        <source>{code} (server reply {reply})</source>
        <translation>{code} (Serverantwort {reply})</translation>
    </message>
    <message>
        <source>{code} from {host}</source>
        <translation>{code} von {host}</translation>
    </message>
    <message>
        <source>{campaign}, found by {how}</source>
        <translation>{campaign}, gefunden über {how}</translation>
    </message>
    <message>
        <source>none: {how}</source>
        <translation>keine: {how}</translation>
    </message>
    <message>
        <source>none; the contact was found by {how}</source>
        <translation>keine; der Kontakt wurde gefunden über {how}</translation>
    </message>
    <message>
        <source>none of your campaign messages matched this bounce</source>
        <translation>keine Ihrer Kampagnennachrichten passt zu diesem Bounce</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{done} — not counted towards the bounce threshold</source>
        <translation>{done} – nicht auf den Bounce-Schwellenwert angerechnet</translation>
    </message>
    <message>
        <source>on the suppressed list: no campaign is sent to it</source>
        <translation>auf der Sperrliste: Es werden keine Kampagnen an sie versendet</translation>
    </message>
    <message>
        <source>not suppressed: campaigns are sent to it</source>
        <translation>nicht gesperrt: Kampagnen werden an sie versendet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>{address} — {kind}</source>
        <translation>{address} – {kind}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>The address is now</source>
        <translation>Die Adresse ist jetzt</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>Der Server meldete</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nichts weiter</translation>
    </message>
    <message>
        <source>{reason} ({code})</source>
        <translation>{reason} ({code})</translation>
    </message>
    <message>
        <source>{reason}, campaign {campaign}</source>
        <translation>{reason}, Kampagne {campaign}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{address}&lt;/b&gt; is suppressed: {why}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{address}&lt;/b&gt; ist gesperrt: {why}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No changes recorded for this address.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für diese Adresse sind keine Änderungen erfasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{when} — Suppressed by {actor}: {reason}</source>
        <translation>{when} – Gesperrt durch {actor}: {reason}</translation>
    </message>
    <message>
        <source>{when} — Un-suppressed by {actor}: {reason}</source>
        <translation>{when} – Entsperrt durch {actor}: {reason}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verlauf&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>footers_page</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Lin&amp;k…</translation>
    </message>
    <message>
        <source>U&amp;nsubscribe link</source>
        <translation>A&amp;bmeldelink</translation>
    </message>
    <message>
        <source>HTML s&amp;ource</source>
        <translation>HTML-&amp;Quelltext</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link address (a web address, or {{unsubscribe_url}} / {{manage_url}}):</source>
        <translation>Linkadresse (eine Webadresse oder {{unsubscribe_url}} / {{manage_url}}):</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Empty: readers unsubscribe by e-mail to the bounce address</source>
        <translation>Leer: Leser melden sich per E-Mail an die Bounce-Adresse ab</translation>
    </message>
    <message>
        <source>Empty: readers write to the bounce address</source>
        <translation>Leer: Leser schreiben an die Bounce-Adresse</translation>
    </message>
    <message>
        <source>&amp;Plain-text footer</source>
        <translation>&amp;Nur-Text-Fußzeile</translation>
    </message>
    <message>
        <source>Rich-te&amp;xt footer</source>
        <translation>Formatierte &amp;Fußzeile</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe page</source>
        <translation>&amp;Abmeldeseite</translation>
    </message>
    <message>
        <source>Optional: your own web page, with {{token}} where the reader&apos;s code goes, e.g. https://example.com/unsubscribe?t={{token}}</source>
        <translation>Optional: Ihre eigene Webseite, mit {{token}} an der Stelle des Lesercodes, z. B. https://example.com/unsubscribe?t={{token}}</translation>
    </message>
    <message>
        <source>&amp;Manage page</source>
        <translation>&amp;Verwaltungsseite</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; (with sample links)</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; (mit Beispiellinks)</translation>
    </message>
    <message>
        <source>— the plain-text version —</source>
        <translation>— die Nur-Text-Fassung —</translation>
    </message>
</context>
<context>
    <name>format_bar</name>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Überschrift 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Überschrift 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Überschrift 3</translation>
    </message>
    <message>
        <source>Paragraph or heading</source>
        <translation>Absatz oder Überschrift</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Absatzformat</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fett (Strg+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Strg+I)</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Unterstrichen (Strg+U)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Linksbündig</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Rechtsbündig</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Link the selected text (Ctrl+K)</source>
        <translation>Markierten Text verlinken (Strg+K)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <source>Insert an image by its web address</source>
        <translation>Bild über seine Webadresse einfügen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Web address (https://…) or a merge field such as {{manage_url}}:</source>
        <translation>Webadresse (https://…) oder ein Platzhalter wie {{manage_url}}:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>The image&apos;s web address (https://…). Mail clients load it from there, so it must be public:</source>
        <translation>Die Webadresse des Bildes (https://…). Mailprogramme laden es von dort, es muss also öffentlich sein:</translation>
    </message>
    <message>
        <source>Words shown where images are off:</source>
        <translation>Text, der bei ausgeschalteten Bildern erscheint:</translation>
    </message>
</context>
<context>
    <name>found</name>
    <message>
        <source>{found}: {server}</source>
        <translation>{found}: {server}</translation>
    </message>
    <message>
        <source>Looking up the settings for {domain}…</source>
        <translation>Einstellungen für {domain} werden gesucht…</translation>
    </message>
    <message>
        <source>{domain} is not one of the common providers: Find settings looks it up on the internet.</source>
        <translation>{domain} gehört nicht zu den bekannten Anbietern: „Einstellungen suchen“ sucht sie im Internet.</translation>
    </message>
    <message>
        <source>Type the e-mail address first: its settings are looked up from it.</source>
        <translation>Geben Sie zuerst die E-Mail-Adresse ein: Die Einstellungen werden anhand der Adresse gesucht.</translation>
    </message>
    <message>
        <source>Found settings for {domain}</source>
        <translation>Einstellungen für {domain} gefunden</translation>
    </message>
    <message>
        <source>Found settings for {provider}</source>
        <translation>Einstellungen für {provider} gefunden</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>jobs_page</name>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last run (UTC)</source>
        <translation>Letzter Lauf (UTC)</translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation>Nächster Lauf (UTC)</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Generate campaign items</source>
        <translation>Kampagneneinträge erzeugen</translation>
    </message>
    <message>
        <source>Send campaign messages</source>
        <translation>Kampagnennachrichten versenden</translation>
    </message>
    <message>
        <source>Send single messages (tests, autoresponders)</source>
        <translation>Einzelnachrichten senden (Tests, Autoresponder)</translation>
    </message>
    <message>
        <source>Mark campaigns completed</source>
        <translation>Kampagnen abschließen</translation>
    </message>
    <message>
        <source>Queue autoresponder messages</source>
        <translation>Autoresponder-Nachrichten einreihen</translation>
    </message>
    <message>
        <source>Collect bounces</source>
        <translation>Bounces abholen</translation>
    </message>
    <message>
        <source>The jobs send campaigns and single messages, mark campaigns completed and collect bounces. They run here while the window is open; on a machine left on (or from cron / Task Scheduler) run &lt;code&gt;newsletter-desk run-jobs&lt;/code&gt; instead.</source>
        <translation>Die Aufgaben versenden Kampagnen und Einzelnachrichten, markieren Kampagnen als abgeschlossen und holen Bounces ab. Sie laufen hier, solange das Fenster geöffnet ist; auf einem dauerhaft eingeschalteten Rechner (oder per cron / Aufgabenplanung) führen Sie stattdessen &lt;code&gt;newsletter-desk run-jobs&lt;/code&gt; aus.</translation>
    </message>
    <message>
        <source>Run jobs while the window is open</source>
        <translation>Aufgaben ausführen, solange das Fenster geöffnet ist</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>The jobs&apos; state could not be read: {message}</source>
        <translation>Der Zustand der Aufgaben konnte nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <source>Jobs are running in this window because you sent something or pressed Run now; they stop when the window closes. Tick the box above to run them whenever the window is open.</source>
        <translation>Die Aufgaben laufen in diesem Fenster, weil Sie etwas versendet oder „Jetzt ausführen“ gewählt haben; sie enden, wenn das Fenster geschlossen wird. Setzen Sie oben das Häkchen, damit sie immer laufen, wenn das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>Jobs are running in this window.</source>
        <translation>Die Aufgaben laufen in diesem Fenster.</translation>
    </message>
    <message>
        <source>Jobs are not running in this window: they start when you send something, or tick the box above to run them whenever the window is open.</source>
        <translation>Die Aufgaben laufen nicht in diesem Fenster: Sie starten, wenn Sie etwas versenden, oder setzen Sie oben das Häkchen, damit sie immer laufen, wenn das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>The scheduler stopped: {message}</source>
        <translation>Der Planer wurde angehalten: {message}</translation>
    </message>
</context>
<context>
    <name>lists_page</name>
    <message>
        <source>(skip this column)</source>
        <translation>(Spalte überspringen)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>company = Example Ltd
city = Lyon</source>
        <translation>firma = Beispiel GmbH
stadt = Lyon</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Weitere Felder:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Other columns become merge fields, e.g. {{company}}.</source>
        <translation>Wählen Sie, was jede Spalte der Datei enthält. Andere Spalten werden zu Platzhaltern, z. B. {{company}}.</translation>
    </message>
    <message>
        <source>{column}:</source>
        <translation>{column}:</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Neue Liste…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Search address or name</source>
        <translation>Adresse oder Name suchen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message>
        <source>{name} ({subscribed})</source>
        <translation>{name} ({subscribed})</translation>
    </message>
    <message>
        <source>{subscribed} subscribed, {unsubscribed} unsubscribed</source>
        <translation>{subscribed} angemeldet, {unsubscribed} abgemeldet</translation>
    </message>
    <message>
        <source>No list yet: make one with “New list…” or import a CSV file.</source>
        <translation>Noch keine Liste: Legen Sie eine mit „Neue Liste…“ an oder importieren Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{subscribed} subscribed, {unsubscribed} unsubscribed. Extra merge fields: {fields}.</source>
        <translation>{subscribed} angemeldet, {unsubscribed} abgemeldet. Zusätzliche Platzhalter: {fields}.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Name der Liste:</translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Liste umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Delete the list “{name}”? Its contacts stay in your other lists and in campaigns already sent.</source>
        <translation>Die Liste „{name}“ löschen? Ihre Kontakte bleiben in Ihren anderen Listen und in bereits versendeten Kampagnen erhalten.</translation>
    </message>
    <message>
        <source>Make a list first, then import into it.</source>
        <translation>Legen Sie zuerst eine Liste an und importieren Sie dann in sie.</translation>
    </message>
    <message>
        <source>Lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Listen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Stopping after the rows being written…</source>
        <translation>Wird nach den gerade geschriebenen Zeilen angehalten…</translation>
    </message>
    <message>
        <source>Import cancelled: only the rows below were imported; the rest of the file was not. Import the file again to finish (contacts already in are only updated).</source>
        <translation>Import abgebrochen: Nur die Zeilen unten wurden importiert, der Rest der Datei nicht. Importieren Sie die Datei erneut, um abzuschließen (vorhandene Kontakte werden nur aktualisiert).</translation>
    </message>
    <message>
        <source>Imported: every row of the file is in.</source>
        <translation>Importiert: Alle Zeilen der Datei sind übernommen.</translation>
    </message>
    <message>
        <source>Imported, except the rows below (fix them in the file and import it again: the others are only updated).</source>
        <translation>Importiert, außer den Zeilen unten (korrigieren Sie sie in der Datei und importieren Sie sie erneut: Die anderen werden nur aktualisiert).</translation>
    </message>
    <message>
        <source>The file was not imported: {message}</source>
        <translation>Die Datei wurde nicht importiert: {message}</translation>
    </message>
    <message>
        <source>Import stopped: the rows written before it stopped are in, the rest of the file is not. Import the file again to finish.</source>
        <translation>Import angehalten: Die bis dahin geschriebenen Zeilen sind übernommen, der Rest der Datei nicht. Importieren Sie die Datei erneut, um abzuschließen.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>log</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard Bounces</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft Bounces</translation>
    </message>
    <message>
        <source>Spam complaints</source>
        <translation>Spam-Beschwerden</translation>
    </message>
    <message>
        <source>Search address, code, reason, campaign or server message</source>
        <translation>Adresse, Code, Grund, Kampagne oder Servermeldung suchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Show the original message…</source>
        <translation>Originalnachricht anzeigen…</translation>
    </message>
    <message>
        <source>Un-suppress this address…</source>
        <translation>Diese Adresse entsperren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this was decided&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum so entschieden wurde&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s)</source>
        <translation>
            <numerusform>%n Bounce</numerusform>
            <numerusform>%n Bounces</numerusform>
        </translation>
    </message>
    <message>
        <source>No bounces recorded yet.</source>
        <translation>Noch keine Bounces erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n bounces (search to narrow down; Export writes all)</source>
        <translation>
            <numerusform>Der neueste Bounce (suchen Sie, um einzugrenzen; der Export schreibt alle)</numerusform>
            <numerusform>Die neuesten %n Bounces (suchen Sie, um einzugrenzen; der Export schreibt alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a bounce to see why it was decided as it was.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Bounce, um zu sehen, warum er so entschieden wurde.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bounce(s) to {path}.</source>
        <translation>
            <numerusform>%n Bounce nach {path} exportiert.</numerusform>
            <numerusform>%n Bounces nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The original message was not kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Originalnachricht wurde nicht aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bounce for {address}</source>
        <translation>Bounce für {address}</translation>
    </message>
    <message>
        <source>Export the bounce log</source>
        <translation>Bounce-Protokoll exportieren</translation>
    </message>
    <message>
        <source>bounces.csv</source>
        <translation>bounces.csv</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Newsletter Desk</source>
        <translation>Ü&amp;ber Newsletter Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Newsletter Desk will use {language} the next time it starts.</source>
        <translation>Newsletter Desk verwendet beim nächsten Start {language}.</translation>
    </message>
    <message>
        <source>About Newsletter Desk</source>
        <translation>Über Newsletter Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsletter Desk {version}&lt;/h3&gt;&lt;p&gt;Send newsletters through your own SMTP server and keep your lists clean.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsletter Desk {version}&lt;/h3&gt;&lt;p&gt;Versenden Sie Newsletter über Ihren eigenen SMTP-Server und halten Sie Ihre Listen sauber.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>network_action</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>Nicht länger auf den Server warten (Esc)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>4.x.x not in table: soft</source>
        <translation>4.x.x nicht in der Tabelle: Soft Bounce</translation>
    </message>
    <message>
        <source>4.x.x not in table: soft (inferred from the text)</source>
        <translation>4.x.x nicht in der Tabelle: Soft Bounce (aus dem Text erschlossen)</translation>
    </message>
    <message>
        <source>4xx reply code</source>
        <translation>Antwortcode 4xx</translation>
    </message>
    <message>
        <source>5.x.x not in table: hard</source>
        <translation>5.x.x nicht in der Tabelle: Hard Bounce</translation>
    </message>
    <message>
        <source>5.x.x not in table: hard (inferred from the text)</source>
        <translation>5.x.x nicht in der Tabelle: Hard Bounce (aus dem Text erschlossen)</translation>
    </message>
    <message>
        <source>5xx reply code</source>
        <translation>Antwortcode 5xx</translation>
    </message>
    <message>
        <source>A test email went to {to} through {host}.</source>
        <translation>Eine Test-E-Mail ging über {host} an {to}.</translation>
    </message>
    <message>
        <source>Adding bounced addresses to the suppressed list…</source>
        <translation>Unzustellbare Adressen werden auf die Sperrliste gesetzt…</translation>
    </message>
    <message>
        <source>Authentication failed: the server said {reply}. Check the user name and password.</source>
        <translation>Authentifizierung fehlgeschlagen: Der Server antwortete {reply}. Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>Authentication failed: the server said “{reply}”. Check the user name and password.</source>
        <translation>Authentifizierung fehlgeschlagen: Der Server antwortete „{reply}“. Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>Bounce collection is switched off for this mailbox.</source>
        <translation>Das Abrufen von Bounces ist für dieses Postfach ausgeschaltet.</translation>
    </message>
    <message>
        <source>Cannot build the message: {because}</source>
        <translation>Die Nachricht kann nicht erstellt werden: {because}</translation>
    </message>
    <message>
        <source>Certificate not trusted for {host} ({reason}). If you trust this server anyway, untick “Verify the server certificate”.</source>
        <translation>Das Zertifikat von {host} ist nicht vertrauenswürdig ({reason}). Wenn Sie diesem Server dennoch vertrauen, deaktivieren Sie „Serverzertifikat prüfen“.</translation>
    </message>
    <message>
        <source>Certificate not trusted for {host}: it was issued for another server name. Use the name the certificate was made for.</source>
        <translation>Das Zertifikat von {host} ist nicht vertrauenswürdig: Es wurde für einen anderen Servernamen ausgestellt. Verwenden Sie den Namen, für den das Zertifikat ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Cleaning {file}</source>
        <translation>{file} wird bereinigt</translation>
    </message>
    <message>
        <source>Connected to {host} on port {port} with {security} and logged in as {username}.</source>
        <translation>Mit {host} auf Port {port} über {security} verbunden und als {username} angemeldet.</translation>
    </message>
    <message>
        <source>Connected to {host} on port {port} with {security}.</source>
        <translation>Mit {host} auf Port {port} über {security} verbunden.</translation>
    </message>
    <message>
        <source>Connection refused on port {port} by {host}: no mail service listens there. Check the port and the security setting.</source>
        <translation>{host} hat die Verbindung auf Port {port} abgelehnt: Dort wartet kein Maildienst. Prüfen Sie den Port und die Sicherheitseinstellung.</translation>
    </message>
    <message>
        <source>Could not talk to {host} on port {port}: {detail}.</source>
        <translation>Kommunikation mit {host} auf Port {port} fehlgeschlagen: {detail}.</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Its SMTP profile no longer exists.</source>
        <translation>Das zugehörige SMTP-Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Logged in to {host} ({protocol}, port {port}, {security}) as {username}. Messages in {folder}: {messages}.</source>
        <translation>Bei {host} ({protocol}, Port {port}, {security}) als {username} angemeldet. Nachrichten in {folder}: {messages}.</translation>
    </message>
    <message>
        <source>Logged in to {host} ({protocol}, port {port}, {security}) as {username}. Messages waiting: {messages}.</source>
        <translation>Bei {host} ({protocol}, Port {port}, {security}) als {username} angemeldet. Wartende Nachrichten: {messages}.</translation>
    </message>
    <message>
        <source>No answer from {host} on port {port} within {timeout} s. Check the server name and port, and that a firewall does not block the connection.</source>
        <translation>Keine Antwort von {host} auf Port {port} innerhalb von {timeout} s. Prüfen Sie Servername und Port und ob eine Firewall die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>No password is stored for the bounce mailbox. Enter it and save.</source>
        <translation>Für das Bounce-Postfach ist kein Passwort gespeichert. Geben Sie es ein und speichern Sie.</translation>
    </message>
    <message>
        <source>No password is stored for the profile “{profile}”. Enter it and save.</source>
        <translation>Für das Profil „{profile}“ ist kein Passwort gespeichert. Geben Sie es ein und speichern Sie.</translation>
    </message>
    <message>
        <source>No settings were found for {domain}. Ask your mail provider for the server name, port and security, and type them in.</source>
        <translation>Für {domain} wurden keine Einstellungen gefunden. Fragen Sie Ihren E-Mail-Anbieter nach Servername, Port und Sicherheit, und tragen Sie diese ein.</translation>
    </message>
    <message>
        <source>Not sent: the address is on the suppressed list.</source>
        <translation>Nicht versendet: Die Adresse steht auf der Sperrliste.</translation>
    </message>
    <message>
        <source>Not sent: the person unsubscribed.</source>
        <translation>Nicht versendet: Die Person hat sich abgemeldet.</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>Paused by the complaint guard: {complaints} of {delivered} delivered recipients reported it as spam ({rate}%), above the limit of {limit}%. Check the list and the message before you resume it.</source>
        <translation>Vom Beschwerdeschutz angehalten: {complaints} von {delivered} Empfängern, denen zugestellt wurde, haben die Nachricht als Spam gemeldet ({rate} %), mehr als die Grenze von {limit} %. Prüfen Sie die Liste und die Nachricht, bevor Sie die Kampagne fortsetzen.</translation>
    </message>
    <message>
        <source>Reading bounce files…</source>
        <translation>Bounce-Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Reading bounces: {file}</source>
        <translation>Bounces werden gelesen: {file}</translation>
    </message>
    <message>
        <source>Reading {source}</source>
        <translation>{source} wird gelesen</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>SMTP with {host} failed: {detail}</source>
        <translation>SMTP mit {host} fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Saving kept rows to “{list}”…</source>
        <translation>Behaltene Zeilen werden in „{list}“ gespeichert…</translation>
    </message>
    <message>
        <source>Sign in again to “{name}”: the sign-in has expired or was revoked.</source>
        <translation>Melden Sie sich erneut bei „{name}“ an: Die Anmeldung ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Stopped after {rows} rows.</source>
        <translation>Nach {rows} Zeilen angehalten.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer gestoppt.</translation>
    </message>
    <message>
        <source>The DNS did not answer for {domain} ({detail}), so its mail servers could not be looked up.</source>
        <translation>Das DNS hat für {domain} nicht geantwortet ({detail}), daher konnten die Mailserver der Domain nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The address is not ASCII and the server does not accept such addresses (no SMTPUTF8).</source>
        <translation>Die Adresse enthält Nicht-ASCII-Zeichen, und der Server nimmt solche Adressen nicht an (kein SMTPUTF8).</translation>
    </message>
    <message>
        <source>The app stopped during this run.</source>
        <translation>Die App wurde während dieses Durchlaufs beendet.</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent.</source>
        <translation>Die App wurde beendet, während diese Nachricht versendet wurde.</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent: it may or may not have gone out.</source>
        <translation>Die App wurde beendet, während diese Nachricht versendet wurde: Sie ist möglicherweise hinausgegangen, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>Die Verbindung zu {host} ist abgebrochen ({detail}). Es wurde nichts gelöscht, was nicht erfasst ist; der nächste Durchlauf setzt die Arbeit fort.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while finishing ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>Die Verbindung zu {host} ist beim Abschließen abgebrochen ({detail}). Es wurde nichts gelöscht, was nicht erfasst ist; der nächste Durchlauf setzt die Arbeit fort.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while listing the messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>Die Verbindung zu {host} ist beim Auflisten der Nachrichten abgebrochen ({detail}). Es wurde nichts gelöscht, was nicht erfasst ist; der nächste Durchlauf setzt die Arbeit fort.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while marking recorded messages for deletion ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>Die Verbindung zu {host} ist beim Markieren erfasster Nachrichten zum Löschen abgebrochen ({detail}). Es wurde nichts gelöscht, was nicht erfasst ist; der nächste Durchlauf setzt die Arbeit fort.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while reading messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>Die Verbindung zu {host} ist beim Lesen der Nachrichten abgebrochen ({detail}). Es wurde nichts gelöscht, was nicht erfasst ist; der nächste Durchlauf setzt die Arbeit fort.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while removing recorded messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>Die Verbindung zu {host} ist beim Entfernen erfasster Nachrichten abgebrochen ({detail}). Es wurde nichts gelöscht, was nicht erfasst ist; der nächste Durchlauf setzt die Arbeit fort.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist on {host}. Use Load folders to pick one.</source>
        <translation>Der Ordner „{folder}“ existiert auf {host} nicht. Wählen Sie über „Ordner laden“ einen aus.</translation>
    </message>
    <message>
        <source>The keyring could not be read ({type}); is it locked? Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden ({type}); ist er gesperrt? Installieren und entsperren Sie einen Schlüsselbund: unter Linux GNOME Keyring oder KWallet (Secret Service); unter Windows und macOS wird der Schlüsselbund des Systems verwendet. Bis dahin werden Passwörter nur für diese Sitzung aufbewahrt und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>The mailbox is not open.</source>
        <translation>Das Postfach ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring ({type}).</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden ({type}).</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring ({type}); is it locked? Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden ({type}); ist er gesperrt? Installieren und entsperren Sie einen Schlüsselbund: unter Linux GNOME Keyring oder KWallet (Secret Service); unter Windows und macOS wird der Schlüsselbund des Systems verwendet. Bis dahin werden Passwörter nur für diese Sitzung aufbewahrt und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>The secure connection to {host} on port {port} failed ({reason}). Check that the security setting matches the port (SSL/TLS on 465, 993 and 995; STARTTLS or none on the others).</source>
        <translation>Die sichere Verbindung zu {host} auf Port {port} ist fehlgeschlagen ({reason}). Prüfen Sie, ob die Sicherheitseinstellung zum Port passt (SSL/TLS bei 465, 993 und 995; STARTTLS oder keine bei den übrigen).</translation>
    </message>
    <message>
        <source>The server name “{host}” could not be found. Check its spelling.</source>
        <translation>Der Servername „{host}“ wurde nicht gefunden. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>The server refused the message: it said {reply}.</source>
        <translation>Der Server hat die Nachricht abgelehnt: Er antwortete {reply}.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: it said “{reply}”. Sign in again, or check that the account may use this server.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Er antwortete „{reply}“. Melden Sie sich erneut an, oder prüfen Sie, ob das Konto diesen Server verwenden darf.</translation>
    </message>
    <message>
        <source>The server refused {address}: it said {reply}.</source>
        <translation>Der Server hat {address} abgelehnt: Er antwortete {reply}.</translation>
    </message>
    <message>
        <source>The settings file at {url} could not be read ({detail}); it was skipped.</source>
        <translation>Die Einstellungsdatei unter {url} konnte nicht gelesen werden ({detail}); sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>The sign-in server {host} could not be reached or refused ({reply}). Try again later.</source>
        <translation>Der Anmeldeserver {host} war nicht erreichbar oder hat abgelehnt ({reply}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser. Try again.</source>
        <translation>Die Anmeldung wurde im Browser nicht abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The stored DKIM key ({algorithm}) cannot be read; generate a new one on the profile&apos;s DKIM tab.</source>
        <translation>Der gespeicherte DKIM-Schlüssel ({algorithm}) kann nicht gelesen werden; erzeugen Sie auf der Registerkarte „DKIM“ des Profils einen neuen.</translation>
    </message>
    <message>
        <source>The unsubscribe service at {url} answered {status}: check its key; its requests are pulled next run.</source>
        <translation>Der Abmeldedienst unter {url} antwortete {status}: Prüfen Sie seinen Schlüssel; seine Anfragen werden beim nächsten Durchlauf abgerufen.</translation>
    </message>
    <message>
        <source>The unsubscribe service at {url} could not be reached ({detail}); its requests are pulled next run.</source>
        <translation>Der Abmeldedienst unter {url} war nicht erreichbar ({detail}); seine Anfragen werden beim nächsten Durchlauf abgerufen.</translation>
    </message>
    <message>
        <source>The {header} header holds a word too long for one line ({limit} characters at most).</source>
        <translation>Die Kopfzeile {header} enthält ein Wort, das für eine Zeile zu lang ist (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>The {header} must be on one line (it contains a line break).</source>
        <translation>Die Kopfzeile {header} muss in einer Zeile stehen (sie enthält einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>The {provider} server name depends on your account&apos;s region: check it in the dashboard.</source>
        <translation>Der Servername von {provider} hängt von der Region Ihres Kontos ab: Prüfen Sie ihn im Dashboard.</translation>
    </message>
    <message>
        <source>This collection was left to the one running.</source>
        <translation>Dieser Abruf wurde dem bereits laufenden überlassen.</translation>
    </message>
    <message>
        <source>Unexpected error while sending: {type}: {detail}</source>
        <translation>Unerwarteter Fehler beim Versand: {type}: {detail}</translation>
    </message>
    <message>
        <source>With {provider} the user name is the word shown here and the password is an API key made in its dashboard.</source>
        <translation>Bei {provider} ist der Benutzername das hier angezeigte Wort und das Passwort ein API-Schlüssel, den Sie im Dashboard des Anbieters erstellen.</translation>
    </message>
    <message>
        <source>a delay warning, delivery is still being tried: soft at most ({because})</source>
        <translation>eine Verzögerungsmeldung, die Zustellung wird weiter versucht: höchstens Soft Bounce ({because})</translation>
    </message>
    <message>
        <source>a message must be bytes, not {type}</source>
        <translation>eine Nachricht muss aus Bytes bestehen, nicht aus {type}</translation>
    </message>
    <message>
        <source>a quote opened here is never closed</source>
        <translation>ein hier geöffnetes Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>complaint (feedback report)</source>
        <translation>Spam-Beschwerde (Feedback-Bericht)</translation>
    </message>
    <message>
        <source>complaint ({diagnostic})</source>
        <translation>Spam-Beschwerde ({diagnostic})</translation>
    </message>
    <message>
        <source>complaint report</source>
        <translation>Beschwerdebericht</translation>
    </message>
    <message>
        <source>complaint report (feedback type {feedback_type})</source>
        <translation>Beschwerdebericht (Feedback-Typ {feedback_type})</translation>
    </message>
    <message>
        <source>complaint: already suppressed</source>
        <translation>Spam-Beschwerde: bereits gesperrt</translation>
    </message>
    <message>
        <source>complaint: suppressed</source>
        <translation>Spam-Beschwerde: gesperrt</translation>
    </message>
    <message>
        <source>connection lost (no answer from the server in time) after the whole message was sent: it may or may not have arrived, so it is not sent again unless you choose to send uncertain messages</source>
        <translation>Verbindung abgebrochen (keine rechtzeitige Antwort vom Server), nachdem die ganze Nachricht gesendet war: Sie ist vielleicht angekommen, vielleicht nicht, daher wird sie nicht erneut versendet, außer Sie entscheiden sich, ungewisse Nachrichten zu versenden</translation>
    </message>
    <message>
        <source>connection lost ({detail}) after the whole message was sent: it may or may not have arrived, so it is not sent again unless you choose to send uncertain messages</source>
        <translation>Verbindung abgebrochen ({detail}), nachdem die ganze Nachricht gesendet war: Sie ist vielleicht angekommen, vielleicht nicht, daher wird sie nicht erneut versendet, außer Sie entscheiden sich, ungewisse Nachrichten zu versenden</translation>
    </message>
    <message>
        <source>connection lost: no answer from the server in time</source>
        <translation>Verbindung abgebrochen: keine rechtzeitige Antwort vom Server</translation>
    </message>
    <message>
        <source>connection lost: no answer from the server in time (gave up after {gave_up_after} attempts)</source>
        <translation>Verbindung abgebrochen: keine rechtzeitige Antwort vom Server (Abbruch nach {gave_up_after} Versuchen)</translation>
    </message>
    <message>
        <source>connection lost: {detail}</source>
        <translation>Verbindung abgebrochen: {detail}</translation>
    </message>
    <message>
        <source>connection lost: {detail} (gave up after {gave_up_after} attempts)</source>
        <translation>Verbindung abgebrochen: {detail} (Abbruch nach {gave_up_after} Versuchen)</translation>
    </message>
    <message>
        <source>could not be classified ({type}: {detail})</source>
        <translation>konnte nicht eingeordnet werden ({type}: {detail})</translation>
    </message>
    <message>
        <source>counted {count} of {limit}</source>
        <translation>gezählt: {count} von {limit}</translation>
    </message>
    <message>
        <source>counted {count} of {limit}; already suppressed</source>
        <translation>gezählt: {count} von {limit}; bereits gesperrt</translation>
    </message>
    <message>
        <source>counted {count} of {limit}; suppressed</source>
        <translation>gezählt: {count} von {limit}; gesperrt</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <translation>Hard Bounce</translation>
    </message>
    <message>
        <source>hard bounce: already suppressed</source>
        <translation>Hard Bounce: bereits gesperrt</translation>
    </message>
    <message>
        <source>hard bounce: suppressed at once</source>
        <translation>Hard Bounce: sofort gesperrt</translation>
    </message>
    <message>
        <source>message id</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>message {ref}: a line longer than {megabytes} MB; left in the mailbox, not read</source>
        <translation>Nachricht {ref}: eine Zeile länger als {megabytes} MB; im Postfach belassen, nicht gelesen</translation>
    </message>
    <message>
        <source>message {ref}: unreadable</source>
        <translation>Nachricht {ref}: nicht lesbar</translation>
    </message>
    <message>
        <source>message {ref}: {because}; left in place</source>
        <translation>Nachricht {ref}: {because}; an Ort und Stelle belassen</translation>
    </message>
    <message>
        <source>names only our own address: {addresses}</source>
        <translation>nennt nur unsere eigene Adresse: {addresses}</translation>
    </message>
    <message>
        <source>names only our own addresses: {addresses}</source>
        <translation>nennt nur unsere eigenen Adressen: {addresses}</translation>
    </message>
    <message>
        <source>no campaign item to re-send; counted {count} of {limit}</source>
        <translation>kein Kampagneneintrag zum erneuten Versenden; gezählt: {count} von {limit}</translation>
    </message>
    <message>
        <source>no campaign item to re-send; counted {count} of {limit}; already suppressed</source>
        <translation>kein Kampagneneintrag zum erneuten Versenden; gezählt: {count} von {limit}; bereits gesperrt</translation>
    </message>
    <message>
        <source>no campaign item to re-send; counted {count} of {limit}; suppressed</source>
        <translation>kein Kampagneneintrag zum erneuten Versenden; gezählt: {count} von {limit}; gesperrt</translation>
    </message>
    <message>
        <source>no code: {row}</source>
        <translation>kein Code: {row}</translation>
    </message>
    <message>
        <source>no code: {row} ({meaning})</source>
        <translation>kein Code: {row} ({meaning})</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>no failed recipient found</source>
        <translation>kein fehlgeschlagener Empfänger gefunden</translation>
    </message>
    <message>
        <source>no failed recipient named; the address of the campaign item found by {how}</source>
        <translation>kein fehlgeschlagener Empfänger genannt; die Adresse des Kampagneneintrags, gefunden über {how}</translation>
    </message>
    <message>
        <source>one hard bounce stops sending to an address: {status} ({reason})</source>
        <translation>ein Hard Bounce beendet den Versand an eine Adresse: {status} ({reason})</translation>
    </message>
    <message>
        <source>re-send {number} of {of} after {at}</source>
        <translation>erneuter Versand {number} von {of} nach {at}</translation>
    </message>
    <message>
        <source>re-sends used up; counted {count} of {limit}</source>
        <translation>erneute Versandversuche aufgebraucht; gezählt: {count} von {limit}</translation>
    </message>
    <message>
        <source>re-sends used up; counted {count} of {limit}; already suppressed</source>
        <translation>erneute Versandversuche aufgebraucht; gezählt: {count} von {limit}; bereits gesperrt</translation>
    </message>
    <message>
        <source>re-sends used up; counted {count} of {limit}; suppressed</source>
        <translation>erneute Versandversuche aufgebraucht; gezählt: {count} von {limit}; gesperrt</translation>
    </message>
    <message>
        <source>removed from the command line</source>
        <translation>über die Befehlszeile entfernt</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <translation>Soft Bounce</translation>
    </message>
    <message>
        <source>table row {row} ({meaning})</source>
        <translation>Tabellenzeile {row} ({meaning})</translation>
    </message>
    <message>
        <source>table row {row} ({meaning}) (inferred from the text)</source>
        <translation>Tabellenzeile {row} ({meaning}) (aus dem Text erschlossen)</translation>
    </message>
    <message>
        <source>taken off the suppressed list by hand</source>
        <translation>von Hand von der Sperrliste genommen</translation>
    </message>
    <message>
        <source>the first name is longer than {limit} characters</source>
        <translation>der Vorname ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the last name is longer than {limit} characters</source>
        <translation>der Nachname ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the message cannot be read as mail: {detail}</source>
        <translation>die Nachricht kann nicht als E-Mail gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>der Name ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>{because} Trying again in {wait} s (attempt {attempt} of {attempts}).</source>
        <translation>{because} Neuer Versuch in {wait} s (Versuch {attempt} von {attempts}).</translation>
    </message>
    <message>
        <source>{count} bounces reached the threshold of {limit}; last: {status} ({reason})</source>
        <translation>{count} Bounces haben den Schwellenwert von {limit} erreicht; zuletzt: {status} ({reason})</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{diagnostic}</source>
        <translation>{diagnostic}</translation>
    </message>
    <message>
        <source>{domain} is not in the table of common providers. Look it up online, or type the server settings in.</source>
        <translation>{domain} ist nicht in der Tabelle gängiger Anbieter. Suchen Sie online danach, oder tragen Sie die Servereinstellungen selbst ein.</translation>
    </message>
    <message>
        <source>{done} messages read</source>
        <translation>{done} Nachrichten gelesen</translation>
    </message>
    <message>
        <source>{done} of {total} messages read</source>
        <translation>{done} von {total} Nachrichten gelesen</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} existiert nicht.</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <source>{host} answered on port {port} ({kind}, {security}).</source>
        <translation>{host} hat auf Port {port} geantwortet ({kind}, {security}).</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port} before answering. If the port expects SSL/TLS from the start (usually 465), choose SSL/TLS.</source>
        <translation>{host} hat die Verbindung auf Port {port} vor einer Antwort geschlossen. Wenn der Port von Anfang an SSL/TLS erwartet (meist 465), wählen Sie SSL/TLS.</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port} unexpectedly.</source>
        <translation>{host} hat die Verbindung auf Port {port} unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port}.</source>
        <translation>{host} hat die Verbindung auf Port {port} geschlossen.</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port}. If this port expects SSL/TLS from the start (usually 993 for IMAP, 995 for POP3), choose SSL/TLS.</source>
        <translation>{host} hat die Verbindung auf Port {port} geschlossen. Wenn dieser Port von Anfang an SSL/TLS erwartet (meist 993 für IMAP, 995 für POP3), wählen Sie SSL/TLS.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS for POP3 on port {port}.</source>
        <translation>{host} bietet auf Port {port} kein STARTTLS für POP3 an.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS on port {port}.</source>
        <translation>{host} bietet auf Port {port} kein STARTTLS an.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS on port {port}. Choose SSL/TLS (port 465) or, only on a trusted network, no encryption.</source>
        <translation>{host} bietet auf Port {port} kein STARTTLS an. Wählen Sie SSL/TLS (Port 465) oder, nur in einem vertrauenswürdigen Netzwerk, keine Verschlüsselung.</translation>
    </message>
    <message>
        <source>{host} does not offer authentication (AUTH) on port {port}.</source>
        <translation>{host} bietet auf Port {port} keine Authentifizierung (AUTH) an.</translation>
    </message>
    <message>
        <source>{host} does not offer authentication (AUTH) on port {port}. Many servers offer it only over an encrypted connection: choose STARTTLS or SSL/TLS.</source>
        <translation>{host} bietet auf Port {port} keine Authentifizierung (AUTH) an. Viele Server bieten sie nur über eine verschlüsselte Verbindung an: Wählen Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <source>{host} offers neither UIDPLUS (UID EXPUNGE) nor MOVE, and another mail program has marked messages deleted in “{folder}”: expunging would remove those too, so recorded messages were only marked deleted. They are removed when that program empties the folder; the next run does not count them again.</source>
        <translation>{host} unterstützt weder UIDPLUS (UID EXPUNGE) noch MOVE, und ein anderes E-Mail-Programm hat in „{folder}“ Nachrichten als gelöscht markiert: Ein Expunge würde auch diese entfernen, daher wurden erfasste Nachrichten nur als gelöscht markiert. Sie werden entfernt, wenn jenes Programm den Ordner leert; der nächste Durchlauf zählt sie nicht erneut.</translation>
    </message>
    <message>
        <source>{host} refused the connection: the server said {reply}.</source>
        <translation>{host} hat die Verbindung abgelehnt: Der Server antwortete {reply}.</translation>
    </message>
    <message>
        <source>{host} refused to list the messages: {reply}</source>
        <translation>{host} hat das Auflisten der Nachrichten abgelehnt: {reply}</translation>
    </message>
    <message>
        <source>{host} refused to move messages to “{folder}”: {reply}</source>
        <translation>{host} hat das Verschieben von Nachrichten nach „{folder}“ abgelehnt: {reply}</translation>
    </message>
    <message>
        <source>{host} refused to send messages: {reply}</source>
        <translation>{host} hat die Übermittlung der Nachrichten abgelehnt: {reply}</translation>
    </message>
    <message>
        <source>{host} refused: the server said {reply}.</source>
        <translation>{host} hat abgelehnt: Der Server antwortete {reply}.</translation>
    </message>
    <message>
        <source>{host} refused: {reply}</source>
        <translation>{host} hat abgelehnt: {reply}</translation>
    </message>
    <message>
        <source>{kind} found by list cleanup in {file}</source>
        <translation>{kind} bei der Listenbereinigung in {file} gefunden</translation>
    </message>
    <message>
        <source>{profile}: DKIM signing is on but its key is not in the keyring, so nothing was sent unsigned. Generate a key on the profile&apos;s DKIM tab, or turn signing off.</source>
        <translation>{profile}: Die DKIM-Signierung ist eingeschaltet, aber der Schlüssel ist nicht im Schlüsselbund, daher wurde nichts unsigniert versendet. Erzeugen Sie auf der Registerkarte „DKIM“ des Profils einen Schlüssel, oder schalten Sie die Signierung aus.</translation>
    </message>
    <message>
        <source>{profile}: {because}</source>
        <translation>{profile}: {because}</translation>
    </message>
    <message>
        <source>{provider} may refuse your account password here: make an app password in the account&apos;s security settings and use that.</source>
        <translation>{provider} lehnt Ihr Kontopasswort hier möglicherweise ab: Erstellen Sie in den Sicherheitseinstellungen des Kontos ein App-Passwort, und verwenden Sie dieses.</translation>
    </message>
    <message>
        <source>{provider} only sends mail: read bounces from a mailbox of your own.</source>
        <translation>{provider} versendet nur E-Mails: Rufen Sie Bounces aus einem eigenen Postfach ab.</translation>
    </message>
    <message>
        <source>{provider} uses SMTP credentials made in its dashboard: the user name and password are not your login.</source>
        <translation>{provider} verwendet SMTP-Zugangsdaten, die im Dashboard des Anbieters erstellt werden: Benutzername und Passwort sind nicht Ihre Anmeldedaten.</translation>
    </message>
    <message>
        <source>{ref}: unreadable</source>
        <translation>{ref}: unlesbar</translation>
    </message>
    <message>
        <source>{ref}: {because}</source>
        <translation>{ref}: {because}</translation>
    </message>
    <message>
        <source>{reply}</source>
        <translation>{reply}</translation>
    </message>
    <message>
        <source>{reply} (gave up after {gave_up_after} attempts)</source>
        <translation>{reply} (Abbruch nach {gave_up_after} Versuchen)</translation>
    </message>
    <message>
        <source>{reply} (soft failure, re-send {resend} of {of})</source>
        <translation>{reply} (vorübergehender Fehler, erneuter Versand {resend} von {of})</translation>
    </message>
    <message>
        <source>{reply} ({type})</source>
        <translation>{reply} ({type})</translation>
    </message>
    <message>
        <source>{rows} rows read.</source>
        <translation>{rows} Zeilen gelesen.</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>{rows} Zeilen gelesen…</translation>
    </message>
    <message>
        <source>{status} not in table: row {row} ({meaning})</source>
        <translation>{status} nicht in der Tabelle: Zeile {row} ({meaning})</translation>
    </message>
    <message>
        <source>{status} not in table: row {row} ({meaning}) (inferred from the text)</source>
        <translation>{status} nicht in der Tabelle: Zeile {row} ({meaning}) (aus dem Text erschlossen)</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>{type}: {detail}</source>
        <translation>{type}: {detail}</translation>
    </message>
    <message>
        <source>{values} values, but the first row names {columns} columns</source>
        <translation>Werte: {values}, aber die erste Zeile nennt Spalten: {columns}</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address: {detail}</source>
        <translation>„{address}“ ist keine gültige E-Mail-Adresse: {detail}</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>number_field</name>
    <message>
        <source>{low} to {high}; 0: {meaning}</source>
        <translation>{low} bis {high}; 0: {meaning}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>“{text}” is not a number: type digits only, such as {example}.</source>
        <translation>„{text}“ ist keine Zahl: Geben Sie nur Ziffern ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number: type digits only, such as {example}.</source>
        <translation>„{text}“ ist keine ganze Zahl: Geben Sie nur Ziffern ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}; {number} is too large.</source>
        <translation>Geben Sie eine Zahl von {low} bis {high} ein; {number} ist zu groß.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}; {number} is too small.</source>
        <translation>Geben Sie eine Zahl von {low} bis {high} ein; {number} ist zu klein.</translation>
    </message>
</context>
<context>
    <name>oauth_sign_in</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Mit Microsoft anmelden</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Mit Google anmelden</translation>
    </message>
    <message>
        <source>Not signed in yet: press Sign in…</source>
        <translation>Noch nicht angemeldet: Klicken Sie auf „Anmelden…“</translation>
    </message>
    <message>
        <source>Log in &amp;by</source>
        <translation>Anmelden &amp;über</translation>
    </message>
    <message>
        <source>Client ID (app &amp;key)</source>
        <translation>Client-ID (App-&amp;Schlüssel)</translation>
    </message>
    <message>
        <source>Organi&amp;zation (tenant)</source>
        <translation>Organi&amp;sation (Mandant)</translation>
    </message>
    <message>
        <source>e.g. 0f3c9a1e-…</source>
        <translation>z. B. 0f3c9a1e-…</translation>
    </message>
    <message>
        <source>common (any work or school account)</source>
        <translation>common (jedes Geschäfts- oder Schulkonto)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in with a code…</source>
        <translation>Mit einem Code anmelden…</translation>
    </message>
    <message>
        <source>When the browser cannot return to this computer (a remote desktop, a locked-down browser): sign in on any device with a short code.</source>
        <translation>Wenn der Browser nicht zu diesem Computer zurückkehren kann (Remotedesktop, gesperrter Browser): Melden Sie sich auf einem beliebigen Gerät mit einem kurzen Code an.</translation>
    </message>
    <message>
        <source>The client ID of your own app registration. &lt;a href=&quot;{guide}&quot;&gt;How to get one&lt;/a&gt;</source>
        <translation>Die Client-ID Ihrer eigenen App-Registrierung. &lt;a href=&quot;{guide}&quot;&gt;So erhalten Sie eine&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain or ID, or leave empty.</source>
        <translation>Die Domain oder ID Ihrer Organisation, oder leer lassen.</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <translation>Angemeldet als {account}.</translation>
    </message>
    <message>
        <source>Sign in again: the sign-in has expired or was revoked.</source>
        <translation>Erneut anmelden: Die Anmeldung ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Enter the client ID of your app registration (see the guide).</source>
        <translation>Geben Sie die Client-ID Ihrer App-Registrierung ein (siehe Anleitung).</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab…</translation>
    </message>
    <message>
        <source>Asking Microsoft for a code…</source>
        <translation>Code wird bei Microsoft angefordert…</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation>Warten auf die Eingabe des Codes…</translation>
    </message>
    <message numerus="yes">
        <source>On any device, open {link} and enter the code {code} (valid for %n minute(s)).</source>
        <translation>
            <numerusform>Öffnen Sie auf einem beliebigen Gerät {link} und geben Sie den Code {code} ein (gültig für %n Minute).</numerusform>
            <numerusform>Öffnen Sie auf einem beliebigen Gerät {link} und geben Sie den Code {code} ein (gültig für %n Minuten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as {account}. Press Save to keep it.</source>
        <translation>Angemeldet als {account}. Klicken Sie auf „Speichern“, um dies zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>overview_page</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Erfordert Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Wird gerade versendet</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Next job runs</source>
        <translation>Nächste Ausführung der Aufgaben</translation>
    </message>
    <message>
        <source>Recent campaigns</source>
        <translation>Letzte Kampagnen</translation>
    </message>
    <message>
        <source>Your list, last 30 days</source>
        <translation>Ihre Liste, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Bounce rate: recipients who bounced among those sent to</source>
        <translation>Bounce-Quote: Empfänger mit Bounce unter allen, an die versendet wurde</translation>
    </message>
    <message>
        <source>Complaint rate: recipients who reported spam. Gmail wants it below 0.1% and refuses mail from 0.3%.</source>
        <translation>Beschwerdequote: Empfänger, die eine Spam-Beschwerde abgegeben haben. Gmail erwartet unter 0,1 % und lehnt E-Mails ab 0,3 % ab.</translation>
    </message>
    <message>
        <source>The figures could not be read: {error}</source>
        <translation>Die Zahlen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nichts erfordert Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>No campaign is being sent.</source>
        <translation>Derzeit wird keine Kampagne versendet.</translation>
    </message>
    <message>
        <source>No campaign is scheduled.</source>
        <translation>Keine Kampagne ist geplant.</translation>
    </message>
    <message>
        <source>0.1%: Gmail&apos;s warning line</source>
        <translation>0,1 %: Warnschwelle von Gmail</translation>
    </message>
    <message>
        <source>0.3%: Gmail refuses mail</source>
        <translation>0,3 %: Gmail lehnt E-Mails ab</translation>
    </message>
    <message>
        <source>No campaign has been sent yet.</source>
        <translation>Es wurde noch keine Kampagne versendet.</translation>
    </message>
    <message>
        <source>Click a column to open that campaign.</source>
        <translation>Klicken Sie auf eine Säule, um die Kampagne zu öffnen.</translation>
    </message>
</context>
<context>
    <name>overview_words</name>
    <message>
        <source>Generate campaign items</source>
        <translation>Kampagnenempfänger erzeugen</translation>
    </message>
    <message>
        <source>Send campaign messages</source>
        <translation>Kampagnen-E-Mails versenden</translation>
    </message>
    <message>
        <source>Send single messages (tests, autoresponders)</source>
        <translation>Einzelne E-Mails versenden (Testversand, Autoresponder)</translation>
    </message>
    <message>
        <source>Mark campaigns completed</source>
        <translation>Kampagnen als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Queue autoresponder messages</source>
        <translation>Autoresponder-E-Mails einreihen</translation>
    </message>
    <message>
        <source>Collect bounces</source>
        <translation>Bounces abholen</translation>
    </message>
    <message>
        <source>“{campaign}” paused itself: too many recipients reported it as spam. Open it to decide whether to resume.</source>
        <translation>„{campaign}“ wurde automatisch angehalten: zu viele Empfänger haben eine Spam-Beschwerde abgegeben. Öffnen Sie die Kampagne, um über die Fortsetzung zu entscheiden.</translation>
    </message>
    <message>
        <source>The last run of “{job}” failed. See the Jobs page for the error.</source>
        <translation>Die letzte Ausführung von „{job}“ ist fehlgeschlagen. Den Fehler finden Sie auf der Seite Aufgaben.</translation>
    </message>
    <message>
        <source>Bounces waiting for your review: {count}. They could not be matched to a recipient.</source>
        <translation>Bounces, die auf Ihre Prüfung warten: {count}. Sie konnten keinem Empfänger zugeordnet werden.</translation>
    </message>
    <message>
        <source>SMTP profile “{name}” is not signed in: sending through it will fail until you sign in again.</source>
        <translation>SMTP-Profil „{name}“ ist nicht angemeldet: Der Versand darüber schlägt fehl, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The password of SMTP profile “{name}” is not in the keyring: sending through it will fail.</source>
        <translation>Das Passwort des SMTP-Profils „{name}“ fehlt im Schlüsselbund: Der Versand darüber schlägt fehl.</translation>
    </message>
    <message>
        <source>The bounce mailbox ({name}) is not signed in: bounces are not collected until you sign in again.</source>
        <translation>Das Bounce-Postfach ({name}) ist nicht angemeldet: Bounces werden erst wieder abgeholt, wenn Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The password of the bounce mailbox ({name}) is not in the keyring: bounces are not collected.</source>
        <translation>Das Passwort des Bounce-Postfachs ({name}) fehlt im Schlüsselbund: Bounces werden nicht abgeholt.</translation>
    </message>
    <message>
        <source>Sent {sent} of {total}</source>
        <translation>{sent} von {total} versendet</translation>
    </message>
    <message>
        <source>{campaign} — starts {when}</source>
        <translation>{campaign} — beginnt am {when}</translation>
    </message>
    <message>
        <source>{campaign}: {rate} bounced ({bounced} of {sent} recipients sent to)</source>
        <translation>{campaign}: {rate} Bounces ({bounced} von {sent} angeschriebenen Empfängern)</translation>
    </message>
    <message>
        <source>{campaign}: {rate} reported as spam ({complained} of {delivered} delivered)</source>
        <translation>{campaign}: {rate} Spam-Beschwerden ({complained} von {delivered} zugestellten)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>next at {when}</source>
        <translation>nächste am {when}</translation>
    </message>
    <message>
        <source>when there is work</source>
        <translation>sobald etwas zu tun ist</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>due when jobs run</source>
        <translation>fällig, sobald Aufgaben laufen</translation>
    </message>
    <message>
        <source>{job}: {next_run}</source>
        <translation>{job}: {next_run}</translation>
    </message>
    <message>
        <source>Suppressed
{count} now</source>
        <translation>Gesperrt
jetzt {count}</translation>
    </message>
    <message>
        <source>Unsubscribed
{count} now</source>
        <translation>Abgemeldet
jetzt {count}</translation>
    </message>
    <message>
        <source>Over the last {days} days: suppressed addresses from {s_first} to {s_last}, unsubscribed addresses from {u_first} to {u_last}.</source>
        <translation>In den letzten {days} Tagen: gesperrte Adressen von {s_first} auf {s_last}, abgemeldete Adressen von {u_first} auf {u_last}.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{when} ({state})</source>
        <translation>{when} ({state})</translation>
    </message>
    <message>
        <source>none until the bounce mailbox is set up</source>
        <translation>keiner, bis das Bounce-Postfach eingerichtet ist</translation>
    </message>
    <message>
        <source>not scheduled yet; press Collect now to read the mailbox</source>
        <translation>noch nicht geplant; klicken Sie auf „Jetzt abholen“, um das Postfach zu lesen</translation>
    </message>
    <message numerus="yes">
        <source>about {when} (bounces are collected every %n minute(s))</source>
        <translation>
            <numerusform>etwa {when} (Bounces werden jede Minute abgeholt)</numerusform>
            <numerusform>etwa {when} (Bounces werden alle %n Minuten abgeholt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run: {last}   ·   Next run: {next}</source>
        <translation>Letzter Lauf: {last}   ·   Nächster Lauf: {next}</translation>
    </message>
    <message>
        <source>Mail that could not be delivered comes back to your bounce mailbox. Newsletter Desk reads it, records each bounce with its reason, and stops sending to addresses that keep bouncing or complained: they go on the suppressed list.</source>
        <translation>Nicht zustellbare E-Mails kommen in Ihr Bounce-Postfach zurück. Newsletter Desk liest es, erfasst jeden Bounce mit seinem Grund und versendet nicht mehr an Adressen, die wiederholt bouncen oder sich beschwert haben: Sie kommen auf die Sperrliste.</translation>
    </message>
    <message>
        <source>Bounce log</source>
        <translation>Bounce-Protokoll</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>Gesperrte Adressen</translation>
    </message>
    <message>
        <source>Collection runs</source>
        <translation>Abholläufe</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Collecting bounces</source>
        <translation>Bounces abholen</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Jetzt abholen</translation>
    </message>
    <message>
        <source>Read the bounce mailbox now instead of waiting for the next scheduled run.</source>
        <translation>Das Bounce-Postfach jetzt lesen, statt auf den nächsten geplanten Lauf zu warten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop collecting (Esc)</source>
        <translation>Abholen anhalten (Esc)</translation>
    </message>
    <message>
        <source>Needs review ({count})</source>
        <translation>Zu prüfen ({count})</translation>
    </message>
    <message>
        <source>Suppressed addresses ({count})</source>
        <translation>Gesperrte Adressen ({count})</translation>
    </message>
    <message>
        <source>That could not be saved: {reason}</source>
        <translation>Das konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>{address} is not on the suppressed list.</source>
        <translation>{address} steht nicht auf der Sperrliste.</translation>
    </message>
    <message>
        <source>{address} is no longer suppressed: campaigns are sent to it again.</source>
        <translation>{address} ist nicht mehr gesperrt: Kampagnen werden wieder an sie versendet.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbindung mit {host} wird hergestellt…</translation>
    </message>
    <message>
        <source>Stopping after the messages being read now are recorded…</source>
        <translation>Wird angehalten, sobald die gerade gelesenen Nachrichten erfasst sind…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n message(s) read — {hard} hard and {soft} soft bounces, {complaints} complaints, {suppressed} addresses newly suppressed.</source>
        <translation>
            <numerusform>Fertig: %n Nachricht gelesen – {hard} Hard und {soft} Soft Bounces, {complaints} Spam-Beschwerden, {suppressed} Adressen neu gesperrt.</numerusform>
            <numerusform>Fertig: %n Nachrichten gelesen – {hard} Hard und {soft} Soft Bounces, {complaints} Spam-Beschwerden, {suppressed} Adressen neu gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} %n bounce(s) named no address of yours: see Needs review.</source>
        <translation>
            <numerusform>{done} %n Bounce nannte keine Ihrer Adressen: siehe „Zu prüfen“.</numerusform>
            <numerusform>{done} %n Bounces nannten keine Ihrer Adressen: siehe „Zu prüfen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bounces could not be collected: {reason}</source>
        <translation>Bounces konnten nicht abgeholt werden: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was read so far is recorded; the other messages stay in the mailbox for the next run.</source>
        <translation>Angehalten. Das bisher Gelesene ist erfasst; die übrigen Nachrichten bleiben für den nächsten Lauf im Postfach.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Autoresponders</source>
        <translation>Autoresponder</translation>
    </message>
    <message>
        <source>Bounce codes</source>
        <translation>Bounce-Codes</translation>
    </message>
    <message>
        <source>Bounce handling</source>
        <translation>Bounce-Verarbeitung</translation>
    </message>
    <message>
        <source>Bounce mailbox</source>
        <translation>Bounce-Postfach</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Clean a list</source>
        <translation>Liste bereinigen</translation>
    </message>
    <message>
        <source>Complaint guard</source>
        <translation>Beschwerdeschutz</translation>
    </message>
    <message>
        <source>Exclusion policy</source>
        <translation>Ausschlussrichtlinie</translation>
    </message>
    <message>
        <source>Footers</source>
        <translation>Fußzeilen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Lists and contacts</source>
        <translation>Listen und Kontakte</translation>
    </message>
    <message>
        <source>Sending checks</source>
        <translation>Versandprüfungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>SMTP profiles</source>
        <translation>SMTP-Profile</translation>
    </message>
    <message>
        <source>Data and passwords</source>
        <translation>Daten und Passwörter</translation>
    </message>
    <message>
        <source>Unsubscribe service</source>
        <translation>Abmeldedienst</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>password_field</name>
    <message>
        <source>No system keyring is available. Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar. Installieren und entsperren Sie einen Schlüsselbund: unter Linux GNOME Keyring oder KWallet (Secret Service); unter Windows und macOS wird der Schlüsselbund des Systems verwendet. Bis dahin werden Passwörter nur für diese Sitzung aufbewahrt und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Passwords are stored in the macOS Keychain.</source>
        <translation>Passwörter werden im macOS-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Passwords are stored in the Windows Credential Manager.</source>
        <translation>Passwörter werden in der Windows-Anmeldeinformationsverwaltung gespeichert.</translation>
    </message>
    <message>
        <source>Passwords are stored in KWallet.</source>
        <translation>Passwörter werden in KWallet gespeichert.</translation>
    </message>
    <message>
        <source>Passwords are stored in the system keyring (Secret Service).</source>
        <translation>Passwörter werden im Schlüsselbund des Systems (Secret Service) gespeichert.</translation>
    </message>
    <message>
        <source>Passwords are stored in the system keyring.</source>
        <translation>Passwörter werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Password stored in the system keyring — type to replace it</source>
        <translation>Passwort im Schlüsselbund des Systems gespeichert — tippen, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Password kept for this session only — type to replace it</source>
        <translation>Passwort nur für diese Sitzung aufbewahrt — tippen, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Enter the password</source>
        <translation>Geben Sie das Passwort ein</translation>
    </message>
    <message>
        <source>Password stored in the system keyring.</source>
        <translation>Passwort im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>progress_words</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Preparing recipients…</source>
        <translation>Empfänger werden vorbereitet…</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Versandbereit</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird versendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed</source>
        <translation>
            <numerusform>%n gesperrt</numerusform>
            <numerusform>%n gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed</source>
        <translation>
            <numerusform>%n abgemeldet</numerusform>
            <numerusform>%n abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es)</source>
        <translation>
            <numerusform>%n ungültige Adresse</numerusform>
            <numerusform>%n ungültige Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n ungewiss</numerusform>
            <numerusform>%n ungewiss</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-send(s) due</source>
        <translation>
            <numerusform>%n erneuter Versand fällig</numerusform>
            <numerusform>%n erneute Versände fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sent {sent} · deferred {deferred} · failed {failed} · remaining {remaining}</source>
        <translation>Versendet {sent} · zurückgestellt {deferred} · fehlgeschlagen {failed} · verbleibend {remaining}</translation>
    </message>
    <message numerus="yes">
        <source>%n on more than one list (sent once)</source>
        <translation>
            <numerusform>%n auf mehreren Listen (einmal versendet)</numerusform>
            <numerusform>%n auf mehreren Listen (einmal versendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>Ausgelassen: {reasons}</translation>
    </message>
    <message>
        <source>Rate: {rate} per minute</source>
        <translation>Quote: {rate} pro Minute</translation>
    </message>
    <message>
        <source>Today: {used} of {limit} messages the profile may send per day</source>
        <translation>Heute: {used} von {limit} Nachrichten, die das Profil pro Tag versenden darf</translation>
    </message>
    <message>
        <source>less than a day of the daily rate</source>
        <translation>weniger als einen Tag der Tagesquote</translation>
    </message>
    <message>
        <source>{days} days of the daily rate</source>
        <translation>{days} Tage der Tagesquote</translation>
    </message>
    <message numerus="yes">
        <source>Expected to finish {time}, using {days} (%n sending day(s))</source>
        <translation>
            <numerusform>Voraussichtlich fertig am {time}, nutzt {days} (%n Versandtag)</numerusform>
            <numerusform>Voraussichtlich fertig am {time}, nutzt {days} (%n Versandtage)</numerusform>
        </translation>
    </message>
    <message>
        <source>{provider}: slowed down at {time} to {percent} of its pace (throttling replies: {count})</source>
        <translation>{provider}: am {time} auf {percent} seines Tempos gedrosselt (Antworten „zu schnell“: {count})</translation>
    </message>
    <message>
        <source>Warm-up starts {first}; until then messages a day at most: {rate}</source>
        <translation>Aufwärmphase beginnt am {first}; bis dahin Nachrichten pro Tag höchstens: {rate}</translation>
    </message>
    <message>
        <source>Warm-up: day {day} of {days}, the last {last}</source>
        <translation>Aufwärmphase: Tag {day} von {days}, der letzte am {last}</translation>
    </message>
    <message>
        <source>Send window closed: sending resumes {time}</source>
        <translation>Versandfenster geschlossen: der Versand geht weiter am {time}</translation>
    </message>
    <message>
        <source>Complaints: none yet, nothing delivered</source>
        <translation>Spam-Beschwerden: noch keine, nichts zugestellt</translation>
    </message>
    <message>
        <source>Complaints: {complaints} of {delivered} delivered ({percent}), at or past Gmail&apos;s 0.3% line: mail providers start refusing it</source>
        <translation>Spam-Beschwerden: {complaints} von {delivered} zugestellten ({percent}), an oder über der 0,3-%-Grenze von Gmail: Mail-Anbieter beginnen, die Mail abzulehnen</translation>
    </message>
    <message>
        <source>Complaints: {complaints} of {delivered} delivered ({percent}), past Gmail&apos;s 0.1% line: watch it</source>
        <translation>Spam-Beschwerden: {complaints} von {delivered} zugestellten ({percent}), über der 0,1-%-Grenze von Gmail: Behalten Sie es im Auge</translation>
    </message>
    <message>
        <source>Complaints: {complaints} of {delivered} delivered ({percent}), below Gmail&apos;s 0.1% line</source>
        <translation>Spam-Beschwerden: {complaints} von {delivered} zugestellten ({percent}), unter der 0,1-%-Grenze von Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have gone out. They are not re-sent unless you choose to (“Send uncertain”).</source>
        <translation>
            <numerusform>%n Nachricht ist möglicherweise hinausgegangen oder auch nicht. Sie wird nur erneut versendet, wenn Sie es wählen („Ungewisse versenden“).</numerusform>
            <numerusform>%n Nachrichten sind möglicherweise hinausgegangen oder auch nicht. Sie werden nur erneut versendet, wenn Sie es wählen („Ungewisse versenden“).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>These bounces name no failed recipient that Newsletter Desk could find (or only your own addresses), so nothing was counted and they were left in the bounce mailbox. Read one, then assign the address it is about — it is counted like any bounce for that address — or dismiss it. Either way the next collection removes it from the mailbox.</source>
        <translation>Diese Bounces nennen keinen fehlgeschlagenen Empfänger, den Newsletter Desk finden konnte (oder nur Ihre eigenen Adressen); deshalb wurde nichts gezählt und sie blieben im Bounce-Postfach. Lesen Sie einen und ordnen Sie ihm die betroffene Adresse zu – er wird dann wie jeder Bounce für diese Adresse gezählt – oder verwerfen Sie ihn. In beiden Fällen entfernt ihn die nächste Abholung aus dem Postfach.</translation>
    </message>
    <message>
        <source>Select a bounce to read it.</source>
        <translation>Wählen Sie einen Bounce, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Assign address…</source>
        <translation>Adresse zuordnen…</translation>
    </message>
    <message>
        <source>Say which address this bounce is about; it is counted like any bounce for that address.</source>
        <translation>Angeben, welche Adresse dieser Bounce betrifft; er wird wie jeder Bounce für diese Adresse gezählt.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Count nothing for this bounce; the next collection removes it from the mailbox.</source>
        <translation>Für diesen Bounce nichts zählen; die nächste Abholung entfernt ihn aus dem Postfach.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The message as it arrived&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Nachricht, wie sie ankam&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) waiting for you.</source>
        <translation>
            <numerusform>%n Bounce wartet auf Sie.</numerusform>
            <numerusform>%n Bounces warten auf Sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs review: every bounce named an address it was about.</source>
        <translation>Nichts zu prüfen: Jeder Bounce nannte die betroffene Adresse.</translation>
    </message>
    <message>
        <source>The text of this message was not kept.</source>
        <translation>Der Text dieser Nachricht wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The bounce was counted for {address}: {outcomes}. The next collection removes it from the mailbox.</source>
        <translation>Der Bounce wurde für {address} gezählt: {outcomes}. Die nächste Abholung entfernt ihn aus dem Postfach.</translation>
    </message>
    <message>
        <source>Dismissed: nothing was counted; the next collection removes the message from the mailbox.</source>
        <translation>Verworfen: Es wurde nichts gezählt; die nächste Abholung entfernt die Nachricht aus dem Postfach.</translation>
    </message>
</context>
<context>
    <name>reviews</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Why it needs you</source>
        <translation>Warum Sie gefragt sind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>{state} — started {started}</source>
        <translation>{state} – gestartet {started}</translation>
    </message>
    <message>
        <source>{state} — started {started}, ended {ended}</source>
        <translation>{state} – gestartet {started}, beendet {ended}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>Suppressed in this run:</source>
        <translation>In diesem Lauf gesperrt:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Messages read</source>
        <translation>Gelesene Nachrichten</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard Bounces</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft Bounces</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Spam-Beschwerden</translation>
    </message>
    <message>
        <source>Newly suppressed</source>
        <translation>Neu gesperrt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Select a run to see its report.</source>
        <translation>Wählen Sie einen Lauf, um seinen Bericht zu sehen.</translation>
    </message>
</context>
<context>
    <name>sending_check</name>
    <message>
        <source>A DKIM key is published at {name}; the signing key is not on this computer, so it could not be compared.</source>
        <translation>Unter {name} ist ein DKIM-Schlüssel veröffentlicht; der Signaturschlüssel befindet sich nicht auf diesem Computer, daher konnten die Schlüssel nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Add some text to the message.</source>
        <translation>Fügen Sie der Nachricht etwas Text hinzu.</translation>
    </message>
    <message>
        <source>Add the server to the record (replace the old record with this one):</source>
        <translation>Nehmen Sie den Server in den Eintrag auf (ersetzen Sie den alten Eintrag durch diesen):</translation>
    </message>
    <message>
        <source>Add this record at your DNS host:</source>
        <translation>Legen Sie diesen Eintrag bei Ihrem DNS-Anbieter an:</translation>
    </message>
    <message>
        <source>Ask the owner of the address (your hosting provider) to set this reverse DNS record:</source>
        <translation>Bitten Sie den Inhaber der Adresse (Ihren Hosting-Anbieter), diesen Reverse-DNS-Eintrag einzurichten:</translation>
    </message>
    <message>
        <source>Bounces to {domain} reach its mail server ({hosts}).</source>
        <translation>Bounces an {domain} erreichen den Mailserver der Domain ({hosts}).</translation>
    </message>
    <message>
        <source>Check the server and port, then check again.</source>
        <translation>Prüfen Sie Server und Port, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>Check the server name in the SMTP profile.</source>
        <translation>Prüfen Sie den Servernamen im SMTP-Profil.</translation>
    </message>
    <message>
        <source>Check your internet connection or the DNS server setting, then check again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung oder die DNS-Server-Einstellung, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>Correct the record; it must start with v=spf1 and there must be only one.</source>
        <translation>Korrigieren Sie den Eintrag: Er muss mit v=spf1 beginnen, und es darf nur einen geben.</translation>
    </message>
    <message>
        <source>DKIM signature key</source>
        <translation>DKIM-Signaturschlüssel</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>Each message has a one-click unsubscribe link ({url}).</source>
        <translation>Jede Nachricht hat einen One-Click-Abmeldelink ({url}).</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS)</source>
        <translation>Verschlüsselte Verbindung (TLS)</translation>
    </message>
    <message>
        <source>From address aligned</source>
        <translation>Absenderadresse ausgerichtet</translation>
    </message>
    <message>
        <source>Give the campaign one sender address.</source>
        <translation>Geben Sie der Kampagne genau eine Absenderadresse.</translation>
    </message>
    <message>
        <source>Mail server (MX) for bounces</source>
        <translation>Mailserver (MX) für Bounces</translation>
    </message>
    <message>
        <source>No DKIM key is published at {name}.</source>
        <translation>Unter {name} ist kein DKIM-Schlüssel veröffentlicht.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Once your reports show all your mail passing, change p=none to p=quarantine.</source>
        <translation>Sobald Ihre Berichte zeigen, dass alle Ihre E-Mails die Prüfung bestehen, ändern Sie p=none in p=quarantine.</translation>
    </message>
    <message>
        <source>One-click unsubscribe</source>
        <translation>One-Click-Abmeldung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Remove include: entries you no longer use, or replace them by the ip4:/ip6: addresses they stand for.</source>
        <translation>Entfernen Sie include:-Einträge, die Sie nicht mehr verwenden, oder ersetzen Sie sie durch die ip4:/ip6:-Adressen, für die sie stehen.</translation>
    </message>
    <message>
        <source>Replace it with this record:</source>
        <translation>Ersetzen Sie ihn durch diesen Eintrag:</translation>
    </message>
    <message>
        <source>Replace the published record with this one:</source>
        <translation>Ersetzen Sie den veröffentlichten Eintrag durch diesen:</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending server</source>
        <translation>Reverse DNS des Versandservers</translation>
    </message>
    <message>
        <source>SPF of the return-path domain</source>
        <translation>SPF der Return-Path-Domain</translation>
    </message>
    <message>
        <source>Send from an address on the domain you sign with, or sign with DKIM for {from_domain}.</source>
        <translation>Versenden Sie von einer Adresse der Domain, mit der Sie signieren, oder signieren Sie mit DKIM für {from_domain}.</translation>
    </message>
    <message>
        <source>Set Security to STARTTLS in the SMTP profile.</source>
        <translation>Stellen Sie im SMTP-Profil „Sicherheit“ auf STARTTLS.</translation>
    </message>
    <message>
        <source>Set up the unsubscribe page (https) in Settings.</source>
        <translation>Richten Sie unter Einstellungen die Abmeldeseite (https) ein.</translation>
    </message>
    <message>
        <source>Shorten the text or move content to your website.</source>
        <translation>Kürzen Sie den Text, oder verlagern Sie Inhalte auf Ihre Website.</translation>
    </message>
    <message>
        <source>The DKIM key at {name} matches the key this app signs with.</source>
        <translation>Der DKIM-Schlüssel unter {name} stimmt mit dem Schlüssel überein, mit dem diese App signiert.</translation>
    </message>
    <message>
        <source>The DKIM key published at {name} is not the one this app signs with: receivers will reject the signature.</source>
        <translation>Der unter {name} veröffentlichte DKIM-Schlüssel ist nicht der, mit dem diese App signiert: Empfänger werden die Signatur zurückweisen.</translation>
    </message>
    <message>
        <source>The DKIM record at {name} is broken ({detail}).</source>
        <translation>Der DKIM-Eintrag unter {name} ist fehlerhaft ({detail}).</translation>
    </message>
    <message>
        <source>The DMARC record of {domain} is not valid ({detail}).</source>
        <translation>Der DMARC-Eintrag von {domain} ist ungültig ({detail}).</translation>
    </message>
    <message>
        <source>The DNS did not answer for {name} ({detail}).</source>
        <translation>Das DNS hat für {name} nicht geantwortet ({detail}).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not include your sending server {relay} (result: {result}).</source>
        <translation>Der SPF-Eintrag von {domain} enthält Ihren Versandserver {relay} nicht (Ergebnis: {result}).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} has an error ({detail}).</source>
        <translation>Der SPF-Eintrag von {domain} enthält einen Fehler ({detail}).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} needs more than 10 DNS lookups, so receivers treat it as broken ({detail}).</source>
        <translation>Der SPF-Eintrag von {domain} benötigt mehr als 10 DNS-Abfragen, daher werten Empfänger ihn als fehlerhaft ({detail}).</translation>
    </message>
    <message>
        <source>The message body is {kilobytes} KB: Gmail cuts messages over 102 KB and hides the rest, including your unsubscribe link.</source>
        <translation>Der Nachrichtentext ist {kilobytes} KB groß: Gmail kürzt Nachrichten über 102 KB und blendet den Rest aus, einschließlich Ihres Abmeldelinks.</translation>
    </message>
    <message>
        <source>The message has no Date header.</source>
        <translation>Die Nachricht hat keine Date-Kopfzeile.</translation>
    </message>
    <message>
        <source>The message has no Message-ID.</source>
        <translation>Die Nachricht hat keine Message-ID.</translation>
    </message>
    <message>
        <source>The message has no plain-text version.</source>
        <translation>Die Nachricht hat keine Nur-Text-Version.</translation>
    </message>
    <message>
        <source>The message has no unsubscribe header.</source>
        <translation>Die Nachricht hat keine Abmelde-Kopfzeile.</translation>
    </message>
    <message>
        <source>The message has one From, a Date, a Message-ID, a plain-text part and a reasonable size.</source>
        <translation>Die Nachricht hat genau eine From- und eine Date-Kopfzeile, eine Message-ID, einen Nur-Text-Teil und eine angemessene Größe.</translation>
    </message>
    <message>
        <source>The message has {count} From headers instead of one.</source>
        <translation>Die Nachricht hat {count} From-Kopfzeilen statt einer.</translation>
    </message>
    <message>
        <source>The message is only images, with no text: spam filters distrust that.</source>
        <translation>Die Nachricht besteht nur aus Bildern, ohne Text: Spamfilter misstrauen so etwas.</translation>
    </message>
    <message>
        <source>The message itself</source>
        <translation>Die Nachricht selbst</translation>
    </message>
    <message>
        <source>The sending server {host} could not be found in the DNS.</source>
        <translation>Der Versandserver {host} wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <source>The unsubscribe header only offers an e-mail address: Gmail and Yahoo require a one-click https link.</source>
        <translation>Die Abmelde-Kopfzeile bietet nur eine E-Mail-Adresse: Gmail und Yahoo verlangen einen One-Click-Link über https.</translation>
    </message>
    <message>
        <source>The unsubscribe link lacks the one-click header (List-Unsubscribe-Post).</source>
        <translation>Dem Abmeldelink fehlt die One-Click-Kopfzeile (List-Unsubscribe-Post).</translation>
    </message>
    <message>
        <source>Turn on DKIM in the SMTP profile and publish its key.</source>
        <translation>Schalten Sie DKIM im SMTP-Profil ein, und veröffentlichen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>Use your provider&apos;s port for STARTTLS (587) or SSL/TLS (465).</source>
        <translation>Verwenden Sie den Port Ihres Anbieters für STARTTLS (587) oder SSL/TLS (465).</translation>
    </message>
    <message>
        <source>Write a plain-text version on the campaign page.</source>
        <translation>Schreiben Sie auf der Kampagnenseite eine Nur-Text-Version.</translation>
    </message>
    <message>
        <source>Your From domain {from_domain} matches neither the DKIM domain ({dkim_domain}) nor the return-path domain ({spf_domain}), so DMARC fails.</source>
        <translation>Ihre Absenderdomain {from_domain} stimmt weder mit der DKIM-Domain ({dkim_domain}) noch mit der Return-Path-Domain ({spf_domain}) überein, daher schlägt DMARC fehl.</translation>
    </message>
    <message>
        <source>Your From domain {from_domain} matches the DKIM domain or the return path.</source>
        <translation>Ihre Absenderdomain {from_domain} stimmt mit der DKIM-Domain oder dem Return-Path überein.</translation>
    </message>
    <message>
        <source>Your messages are not signed with DKIM.</source>
        <translation>Ihre Nachrichten sind nicht mit DKIM signiert.</translation>
    </message>
    <message>
        <source>Your sending server {relay} has no name (reverse DNS, PTR).</source>
        <translation>Ihr Versandserver {relay} hat keinen Namen (Reverse DNS, PTR).</translation>
    </message>
    <message>
        <source>Your sending server {relay} has the name {name}, which points back to it.</source>
        <translation>Ihr Versandserver {relay} heißt {name}, und dieser Name verweist auf ihn zurück.</translation>
    </message>
    <message>
        <source>Your sending server {relay} is named {name}, but that name does not point back to {relay}.</source>
        <translation>Ihr Versandserver {relay} heißt {name}, aber dieser Name verweist nicht zurück auf {relay}.</translation>
    </message>
    <message>
        <source>checked 1 day ago</source>
        <translation>vor 1 Tag geprüft</translation>
    </message>
    <message>
        <source>checked 1 hour ago</source>
        <translation>vor 1 Stunde geprüft</translation>
    </message>
    <message>
        <source>checked 1 minute ago</source>
        <translation>vor 1 Minute geprüft</translation>
    </message>
    <message>
        <source>checked just now</source>
        <translation>gerade eben geprüft</translation>
    </message>
    <message>
        <source>checked {count} days ago</source>
        <translation>vor {count} Tagen geprüft</translation>
    </message>
    <message>
        <source>checked {count} hours ago</source>
        <translation>vor {count} Stunden geprüft</translation>
    </message>
    <message>
        <source>checked {count} minutes ago</source>
        <translation>vor {count} Minuten geprüft</translation>
    </message>
    <message>
        <source>{domain} allows your sending server {relay} to send its mail.</source>
        <translation>{domain} erlaubt Ihrem Versandserver {relay}, E-Mails für die Domain zu versenden.</translation>
    </message>
    <message>
        <source>{domain} has a DMARC policy (p={policy}).</source>
        <translation>{domain} hat eine DMARC-Richtlinie (p={policy}).</translation>
    </message>
    <message>
        <source>{domain} has a DMARC record with p=none: this meets Gmail&apos;s and Yahoo&apos;s rule, but does not protect your domain from forgers.</source>
        <translation>{domain} hat einen DMARC-Eintrag mit p=none: Das erfüllt die Vorgabe von Gmail und Yahoo, schützt Ihre Domain aber nicht vor Fälschern.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record: Gmail, Yahoo and Outlook.com require one from bulk senders.</source>
        <translation>{domain} hat keinen DMARC-Eintrag: Gmail, Yahoo und Outlook.com verlangen ihn von Massenversendern.</translation>
    </message>
    <message>
        <source>{domain} has no SPF record: receivers cannot tell that your sending server may send for it.</source>
        <translation>{domain} hat keinen SPF-Eintrag: Empfänger können nicht erkennen, dass Ihr Versandserver für die Domain senden darf.</translation>
    </message>
    <message>
        <source>{domain} has no mail server (MX): bounces and complaints cannot come back.</source>
        <translation>{domain} hat keinen Mailserver (MX): Bounces und Spam-Beschwerden können nicht zurückkommen.</translation>
    </message>
    <message>
        <source>{host} (port {port}) could not be reached ({detail}).</source>
        <translation>{host} (Port {port}) war nicht erreichbar ({detail}).</translation>
    </message>
    <message>
        <source>{host} (port {port}) does not offer encryption: Gmail refuses unencrypted mail.</source>
        <translation>{host} (Port {port}) bietet keine Verschlüsselung an: Gmail lehnt unverschlüsselte E-Mails ab.</translation>
    </message>
    <message>
        <source>{host} encrypts the connection (SSL/TLS).</source>
        <translation>{host} verschlüsselt die Verbindung (SSL/TLS).</translation>
    </message>
    <message>
        <source>{host} encrypts the connection (STARTTLS).</source>
        <translation>{host} verschlüsselt die Verbindung (STARTTLS).</translation>
    </message>
    <message>
        <source>{host} offers encryption, but the profile sends in the clear.</source>
        <translation>{host} bietet Verschlüsselung an, aber das Profil sendet unverschlüsselt.</translation>
    </message>
    <message>
        <source>required by {providers}</source>
        <translation>erforderlich für {providers}</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Vor dem Versand prüfen</translation>
    </message>
    <message>
        <source>Look up SPF, DKIM, DMARC, MX and reverse DNS, try the server&apos;s encryption and check the message against Gmail&apos;s, Yahoo&apos;s and Outlook.com&apos;s sender rules</source>
        <translation>SPF, DKIM, DMARC, MX und Reverse DNS abfragen, die Verschlüsselung des Servers testen und die Nachricht mit den Absenderregeln von Gmail, Yahoo und Outlook.com abgleichen</translation>
    </message>
    <message>
        <source>Copy records</source>
        <translation>Einträge kopieren</translation>
    </message>
    <message>
        <source>Copy the DNS records to add, one per line</source>
        <translation>Die hinzuzufügenden DNS-Einträge kopieren, einen pro Zeile</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>All required rules met, {age}.</source>
        <translation>Alle Pflichtregeln erfüllt, {age}.</translation>
    </message>
    <message numerus="yes">
        <source>%n required rule(s) not met, {age}.</source>
        <translation>
            <numerusform>%n Pflichtregel nicht erfüllt, {age}.</numerusform>
            <numerusform>%n Pflichtregeln nicht erfüllt, {age}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {host} and its DNS records…</source>
        <translation>{host} und seine DNS-Einträge werden geprüft…</translation>
    </message>
    <message>
        <source>• {rule}: {found}</source>
        <translation>• {rule}: {found}</translation>
    </message>
    <message>
        <source>Sender rules not met</source>
        <translation>Absenderregeln nicht erfüllt</translation>
    </message>
    <message>
        <source>The last check found problems that make Gmail, Yahoo or Outlook.com refuse this mail or file it as spam:

{problems}

Fix them and check again, or send anyway.</source>
        <translation>Die letzte Prüfung hat Probleme gefunden, wegen derer Gmail, Yahoo oder Outlook.com diese Mail ablehnen oder als Spam einordnen:

{problems}

Beheben Sie sie und prüfen Sie erneut, oder versenden Sie trotzdem.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem versenden</translation>
    </message>
</context>
<context>
    <name>sending_checks_page</name>
    <message>
        <source>the computer&apos;s own</source>
        <translation>der eigene des Computers</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>An address, with :port if not 53, e.g. 1.1.1.1 or 192.168.1.1:5353. Leave empty to use the computer&apos;s.</source>
        <translation>Eine Adresse, mit :Port, falls nicht 53, z. B. 1.1.1.1 oder 192.168.1.1:5353. Leer lassen, um den des Computers zu verwenden.</translation>
    </message>
</context>
<context>
    <name>settings_finder</name>
    <message>
        <source>Use these</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>Einstellungen suchen</translation>
    </message>
    <message>
        <source>Look the address&apos;s settings up on the internet</source>
        <translation>Die Einstellungen der Adresse im Internet suchen</translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <source>Each bounce carries a status code. A hard code stops mail to that address at once (unless Bounce handling says to count hard bounces towards the threshold); a soft code is retried and, once its re-sends ran out, counts towards the bounce threshold. 9.1.1 stands for a hard bounce that carried no code.</source>
        <translation>Jeder Bounce trägt einen Statuscode. Ein harter Code stoppt den Versand an diese Adresse sofort (außer die Bounce-Verarbeitung sagt, Hard Bounces zum Schwellenwert zu zählen); ein Soft-Code wird wiederholt und zählt, sobald die erneuten Zustellversuche aufgebraucht sind, zum Bounce-Schwellenwert. 9.1.1 steht für einen Hard Bounce ohne Code.</translation>
    </message>
    <message>
        <source>Advanced: the defaults suit most senders. Bounces are collected from the bounce mailbox on a schedule; a soft bounce (a full mailbox, a busy server) is sent again later before the address is given up on.</source>
        <translation>Für Fortgeschrittene: Die Standardwerte passen für die meisten Absender. Bounces werden regelmäßig aus dem Bounce-Postfach abgerufen; nach einem Soft Bounce (volles Postfach, ausgelasteter Server) wird später erneut gesendet, bevor die Adresse aufgegeben wird.</translation>
    </message>
    <message>
        <source>Undeliverable mail comes back to this mailbox. Newsletter Desk reads it, recognises bounces and stops sending to addresses that keep bouncing.</source>
        <translation>Unzustellbare Mail kommt in dieses Postfach zurück. Newsletter Desk liest es, erkennt Bounces und sendet nicht mehr an Adressen, die immer wieder bouncen.</translation>
    </message>
    <message>
        <source>When recipients press “Report spam”, mail providers send a complaint to the bounce mailbox. Gmail wants complaints below 0.1% of the messages delivered and starts to refuse or spam-folder a sender&apos;s mail from 0.3%. A campaign whose complaint rate passes the limit below pauses itself and says why on the Campaigns page; resuming it is your choice, and it pauses again only if more complaints arrive.</source>
        <translation>Wenn Empfänger auf „Spam melden“ klicken, senden Mail-Anbieter eine Beschwerde an das Bounce-Postfach. Gmail erwartet Spam-Beschwerden unter 0,1 % der zugestellten Nachrichten und beginnt ab 0,3 %, die Mail eines Absenders abzulehnen oder in den Spam-Ordner zu legen. Eine Kampagne, deren Beschwerdequote die Grenze unten überschreitet, pausiert von selbst und nennt den Grund auf der Seite „Kampagnen“; ob Sie sie fortsetzen, entscheiden Sie, und sie pausiert nur erneut, wenn weitere Beschwerden eintreffen.</translation>
    </message>
    <message>
        <source>When someone unsubscribes (the link in a campaign&apos;s footer, or you on the Lists page), which lists do they leave?</source>
        <translation>Wenn sich jemand abmeldet (über den Link in der Fußzeile einer Kampagne oder durch Sie auf der Seite „Listen“): Welche Listen verlässt die Person?</translation>
    </message>
    <message>
        <source>Every campaign message ends with a footer. {{unsubscribe_url}} and {{manage_url}} become each reader&apos;s own links when the message is sent.</source>
        <translation>Jede Kampagnennachricht endet mit einer Fußzeile. {{unsubscribe_url}} und {{manage_url}} werden beim Versand zu den persönlichen Links jedes Lesers.</translation>
    </message>
    <message>
        <source>Check before sending looks up your domain&apos;s DNS records (SPF, DKIM, DMARC, MX, reverse DNS). It asks your computer&apos;s usual DNS server unless you name another.</source>
        <translation>„Vor dem Versand prüfen“ fragt die DNS-Einträge Ihrer Domain ab (SPF, DKIM, DMARC, MX, Reverse DNS). Es fragt den üblichen DNS-Server Ihres Computers, sofern Sie keinen anderen angeben.</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Speicherergebnis</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes since the last save</source>
        <translation>Die Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Gespeichert ✓</translation>
    </message>
    <message>
        <source>A profile is one way of sending: the SMTP server and the sender shown to readers. Campaigns use the default profile unless you choose another.</source>
        <translation>Ein Profil ist ein Versandweg: der SMTP-Server und der Absender, den die Leser sehen. Kampagnen verwenden das Standardprofil, sofern Sie kein anderes wählen.</translation>
    </message>
    <message>
        <source>With a one-click unsubscribe service on your own web server, mail providers&apos; Unsubscribe button works in one click, and the footer links open a page to leave or pick lists. Leave the address empty to keep the e-mail (mailto) links only.</source>
        <translation>Mit einem Ein-Klick-Abmeldedienst auf Ihrem eigenen Webserver funktioniert die Abmelden-Schaltfläche der Mail-Anbieter mit einem Klick, und die Links in der Fußzeile öffnen eine Seite, um sich abzumelden oder Listen zu wählen. Lassen Sie die Adresse leer, um nur die E-Mail-Links (mailto) zu behalten.</translation>
    </message>
</context>
<context>
    <name>smtp_dkim</name>
    <message>
        <source>RSA 2048 (read by every mail provider)</source>
        <translation>RSA 2048 (von jedem Mail-Anbieter gelesen)</translation>
    </message>
    <message>
        <source>Ed25519 (short; add an RSA key too for older receivers)</source>
        <translation>Ed25519 (kurz; fügen Sie für ältere Empfänger auch einen RSA-Schlüssel hinzu)</translation>
    </message>
    <message>
        <source>Sign messages &amp;with DKIM</source>
        <translation>Nachrichten &amp;mit DKIM signieren</translation>
    </message>
    <message>
        <source>Receivers check it against your DNS: signed mail is trusted more.</source>
        <translation>Empfänger prüfen die Signatur anhand Ihres DNS: Signierter Mail wird mehr vertraut.</translation>
    </message>
    <message>
        <source>S&amp;igning domain</source>
        <translation>S&amp;ignaturdomain</translation>
    </message>
    <message>
        <source>The domain of the From address, or its parent domain.</source>
        <translation>Die Domain der Absenderadresse oder ihre übergeordnete Domain.</translation>
    </message>
    <message>
        <source>Select&amp;or</source>
        <translation>Selekt&amp;or</translation>
    </message>
    <message>
        <source>Any short name; it tells receivers which of your keys to look up.</source>
        <translation>Ein beliebiger kurzer Name; er sagt Empfängern, welchen Ihrer Schlüssel sie abfragen sollen.</translation>
    </message>
    <message>
        <source>Key t&amp;ype</source>
        <translation>Schlüssel&amp;typ</translation>
    </message>
    <message>
        <source>Generate &amp;key</source>
        <translation>Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>Co&amp;py record</source>
        <translation>Eintrag ko&amp;pieren</translation>
    </message>
    <message>
        <source>Publish this record in your domain&apos;s DNS</source>
        <translation>Veröffentlichen Sie diesen Eintrag im DNS Ihrer Domain</translation>
    </message>
    <message>
        <source>The private key stays in this computer&apos;s keyring: never in exports or backups.</source>
        <translation>Der private Schlüssel bleibt im Schlüsselbund dieses Computers: nie in Exporten oder Sicherungen.</translation>
    </message>
    <message>
        <source>No key yet: press Generate key.</source>
        <translation>Noch kein Schlüssel: Klicken Sie auf „Schlüssel erzeugen“.</translation>
    </message>
    <message>
        <source>The stored key is not of this type: generate a new key.</source>
        <translation>Der gespeicherte Schlüssel hat nicht diesen Typ: Erzeugen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Replace the DKIM key?</source>
        <translation>DKIM-Schlüssel ersetzen?</translation>
    </message>
    <message>
        <source>This profile already has a key. A new one makes every receiver reject the signatures until you publish the new record. Replace it?</source>
        <translation>Dieses Profil hat bereits einen Schlüssel. Mit einem neuen lehnt jeder Empfänger die Signaturen ab, bis Sie den neuen Eintrag veröffentlichen. Ersetzen?</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>smtp_pacing</name>
    <message>
        <source>A minute</source>
        <translation>Pro Minute</translation>
    </message>
    <message>
        <source>An hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Per connection</source>
        <translation>Pro Verbindung</translation>
    </message>
    <message>
        <source>messages a minute</source>
        <translation>Nachrichten pro Minute</translation>
    </message>
    <message>
        <source>messages an hour</source>
        <translation>Nachrichten pro Stunde</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>messages a connection</source>
        <translation>Nachrichten pro Verbindung</translation>
    </message>
    <message>
        <source>No warm-up: the daily rate from the first day</source>
        <translation>Kein Aufwärmen: die volle tägliche Versandmenge ab dem ersten Tag</translation>
    </message>
    <message>
        <source>New sending IP: 50 on day 1, about doubling daily (15 days)</source>
        <translation>Neue Versand-IP: 50 am 1. Tag, etwa täglich verdoppelt (15 Tage)</translation>
    </message>
    <message>
        <source>New domain: 50 on day 1, doubling every second day (21 days)</source>
        <translation>Neue Domain: 50 am 1. Tag, alle zwei Tage verdoppelt (21 Tage)</translation>
    </message>
    <message>
        <source>My own ramp</source>
        <translation>Eigene Rampe</translation>
    </message>
    <message>
        <source>Other providers</source>
        <translation>Andere Anbieter</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Receiving provider</source>
        <translation>Empfangender Anbieter</translation>
    </message>
    <message>
        <source>Use the &amp;presets</source>
        <translation>&amp;Voreinstellungen verwenden</translation>
    </message>
    <message>
        <source>On top of the limits above. A provider that answers “too fast” is slowed down alone. Bold: your own figures.</source>
        <translation>Zusätzlich zu den Grenzen oben. Ein Anbieter, der „zu schnell“ antwortet, wird allein gebremst. Fett: Ihre eigenen Werte.</translation>
    </message>
    <message>
        <source>Pace &amp;with each provider</source>
        <translation>Tempo je &amp;Anbieter</translation>
    </message>
    <message>
        <source>{provider}, {what}: {message}</source>
        <translation>{provider}, {what}: {message}</translation>
    </message>
    <message>
        <source>Preset: {figure}</source>
        <translation>Voreinstellung: {figure}</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Warm-up &amp;plan</source>
        <translation>Aufwärm&amp;plan</translation>
    </message>
    <message>
        <source>A new domain or IP starts slowly: receivers trust a sender they know. Each day&apos;s figure caps the daily rate.</source>
        <translation>Eine neue Domain oder IP beginnt langsam: Empfänger vertrauen einem Absender, den sie kennen. Der Wert jedes Tages begrenzt die tägliche Versandmenge.</translation>
    </message>
    <message>
        <source>First da&amp;y</source>
        <translation>Erster &amp;Tag</translation>
    </message>
    <message>
        <source>Ra&amp;mp length</source>
        <translation>Rampen&amp;länge</translation>
    </message>
    <message>
        <source>Messages &amp;on day 1</source>
        <translation>Nachrichten am Tag &amp;1</translation>
    </message>
    <message>
        <source>Grows by the same factor each day up to the daily rate.</source>
        <translation>Wächst jeden Tag um denselben Faktor bis zur täglichen Versandmenge.</translation>
    </message>
    <message>
        <source>Send only &amp;between set hours</source>
        <translation>Nur zwischen &amp;bestimmten Uhrzeiten senden</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Outside these hours messages wait; the forecast counts with it. A window may run past midnight, e.g. 22:00 until 06:00.</source>
        <translation>Außerhalb dieser Zeiten warten die Nachrichten; die Prognose rechnet damit. Ein Zeitfenster darf über Mitternacht gehen, z. B. 22:00 bis 06:00.</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>&amp;Uhrzeiten</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Your readers&apos; time zone, so mail does not arrive at night.</source>
        <translation>Die Zeitzone Ihrer Leser, damit keine Post nachts ankommt.</translation>
    </message>
    <message>
        <source>Warmed up since {date}: the daily rate applies.</source>
        <translation>Aufgewärmt seit {date}: die tägliche Versandmenge gilt.</translation>
    </message>
    <message>
        <source>Starts {date}; until then messages a day at most: {count}.</source>
        <translation>Beginnt am {date}; bis dahin Nachrichten pro Tag höchstens: {count}.</translation>
    </message>
    <message>
        <source>Today is day {day} of {days}: up to {count} messages. The daily rate applies from {date}.</source>
        <translation>Heute ist Tag {day} von {days}: bis zu {count} Nachrichten. Die volle tägliche Versandmenge gilt ab {date}.</translation>
    </message>
</context>
<context>
    <name>smtp_profiles_page</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>None, unencrypted (port 25)</source>
        <translation>Keine, unverschlüsselt (Port 25)</translation>
    </message>
    <message>
        <source>{provider} accounts allow about {allowed} messages a day. Sending {daily} a day can get the account blocked, and mail from free mailboxes often lands in spam. For newsletters, use a dedicated sending service (for example your hosting provider&apos;s SMTP, Amazon SES, Mailgun, Postmark or Brevo): it is built for bulk mail, authenticates your domain and reports bounces.</source>
        <translation>{provider}-Konten erlauben etwa {allowed} Nachrichten am Tag. Wer {daily} am Tag versendet, riskiert die Sperrung des Kontos, und Mail aus kostenlosen Postfächern landet oft im Spam. Verwenden Sie für Newsletter einen eigenen Versanddienst (zum Beispiel den SMTP-Server Ihres Hosting-Anbieters, Amazon SES, Mailgun, Postmark oder Brevo): Er ist für Massenversand gebaut, authentifiziert Ihre Domain und meldet Bounces.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Ver&amp;ify the server certificate</source>
        <translation>Serverzert&amp;ifikat prüfen</translation>
    </message>
    <message>
        <source>Re&amp;quires authentication</source>
        <translation>Authentifi&amp;zierung erforderlich</translation>
    </message>
    <message>
        <source>&amp;Profile name</source>
        <translation>&amp;Profilname</translation>
    </message>
    <message>
        <source>S&amp;MTP server</source>
        <translation>S&amp;MTP-Server</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Follows the security choice until you type a port of your own.</source>
        <translation>Folgt der Wahl der Sicherheit, bis Sie einen eigenen Port eingeben.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Ben&amp;utzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>S&amp;ender</source>
        <translation>Abs&amp;ender</translation>
    </message>
    <message>
        <source>Fro&amp;m name</source>
        <translation>&amp;Absendername</translation>
    </message>
    <message>
        <source>Fr&amp;om address</source>
        <translation>A&amp;bsenderadresse</translation>
    </message>
    <message>
        <source>Re&amp;ply-to</source>
        <translation>Ant&amp;wortadresse</translation>
    </message>
    <message>
        <source>Optional: where replies go, if not to the From address.</source>
        <translation>Optional: wohin Antworten gehen, falls nicht an die Absenderadresse.</translation>
    </message>
    <message>
        <source>&amp;Bounce address</source>
        <translation>Bo&amp;unce-Adresse</translation>
    </message>
    <message>
        <source>Undeliverable mail returns here: the bounce mailbox&apos;s address.</source>
        <translation>Unzustellbare Mail kommt hierher zurück: die Adresse des Bounce-Postfachs.</translation>
    </message>
    <message>
        <source>Sendin&amp;g rate</source>
        <translation>Versand&amp;quote</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>No hourly cap</source>
        <translation>Keine stündliche Obergrenze</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Dail&amp;y send rate</source>
        <translation>Tägliche Vers&amp;andmenge</translation>
    </message>
    <message>
        <source>Ho&amp;urly cap</source>
        <translation>Stündliche &amp;Obergrenze</translation>
    </message>
    <message>
        <source>Batch si&amp;ze</source>
        <translation>Sta&amp;pelgröße</translation>
    </message>
    <message>
        <source>Messages sent over one connection before pausing.</source>
        <translation>Nachrichten, die über eine Verbindung gesendet werden, bevor pausiert wird.</translation>
    </message>
    <message>
        <source>Pause &amp;between batches</source>
        <translation>Pause &amp;zwischen Stapeln</translation>
    </message>
    <message>
        <source>Connections at &amp;once</source>
        <translation>Gleichzeitige Verb&amp;indungen</translation>
    </message>
    <message>
        <source>Warm-up and hours</source>
        <translation>Aufwärmen und Uhrzeiten</translation>
    </message>
    <message>
        <source>Advan&amp;ced</source>
        <translation>Erwei&amp;tert</translation>
    </message>
    <message>
        <source>Use a personal bounce address per recipient (VER&amp;P)</source>
        <translation>Persönliche Bounce-Adresse je Empfänger verwenden (VER&amp;P)</translation>
    </message>
    <message>
        <source>Do not add the trac&amp;king header (for strict servers)</source>
        <translation>Keinen Trac&amp;king-Header hinzufügen (für strenge Server)</translation>
    </message>
    <message>
        <source>Lets bounces be matched to the recipient even when the bounce message is vague.</source>
        <translation>Ermöglicht die Zuordnung von Bounces zum Empfänger, auch wenn die Bounce-Nachricht ungenau ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausprobieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindun&amp;g testen</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Or press Enter in the address field</source>
        <translation>Oder drücken Sie die Eingabetaste im Adressfeld</translation>
    </message>
    <message>
        <source>Se&amp;nd a test to:</source>
        <translation>Test senden a&amp;n:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check before sending&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vor dem Versand prüfen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{profile}  (default)</source>
        <translation>{profile}  (Standard)</translation>
    </message>
    <message>
        <source>{profile}  (not saved)</source>
        <translation>{profile}  (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Add a profile to start: you need one to send.</source>
        <translation>Fügen Sie ein Profil hinzu: Ohne Profil können Sie nicht versenden.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>{profile} copy</source>
        <translation>{profile} Kopie</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the SMTP profile “{profile}” and its stored password?</source>
        <translation>Das SMTP-Profil „{profile}“ und sein gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <source>Save the profile first, then make it the default.</source>
        <translation>Speichern Sie das Profil zuerst und machen Sie es dann zum Standard.</translation>
    </message>
    <message>
        <source>Sign in before saving: press Sign in…</source>
        <translation>Vor dem Speichern anmelden: Klicken Sie auf „Anmelden…“</translation>
    </message>
    <message>
        <source>Enter the password for this server.</source>
        <translation>Geben Sie das Passwort für diesen Server ein.</translation>
    </message>
    <message>
        <source>Some fields here need correcting</source>
        <translation>Einige Felder hier müssen korrigiert werden</translation>
    </message>
    <message>
        <source>Connecting to {host} on port {port}…</source>
        <translation>Verbindung zu {host} auf Port {port}…</translation>
    </message>
    <message>
        <source>Type the address to send the test email to.</source>
        <translation>Geben Sie die Adresse ein, an die die Test-E-Mail gehen soll.</translation>
    </message>
    <message>
        <source>Sending a test email to {address}…</source>
        <translation>Test-E-Mail an {address} wird gesendet…</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>PostgreSQL database {name} on {host}</source>
        <translation>PostgreSQL-Datenbank {name} auf {host}</translation>
    </message>
    <message>
        <source>Your data is in:</source>
        <translation>Ihre Daten liegen in:</translation>
    </message>
    <message>
        <source>Passwords:</source>
        <translation>Passwörter:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Newsletter Desk {version} (database schema {schema})</source>
        <translation>Newsletter Desk {version} (Datenbankschema {schema})</translation>
    </message>
</context>
<context>
    <name>suppressed</name>
    <message>
        <source>Search addresses</source>
        <translation>Adressen suchen</translation>
    </message>
    <message>
        <source>Un-suppress…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Send to the selected address again; you are asked first, and the change is kept in its history.</source>
        <translation>Wieder an die gewählte Adresse versenden; Sie werden vorher gefragt, und die Änderung bleibt in ihrem Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} suppressed addresses match.</source>
        <translation>
            <numerusform>%n der {total} gesperrten Adressen passt.</numerusform>
            <numerusform>%n der {total} gesperrten Adressen passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed address(es): no campaign is sent to them.</source>
        <translation>
            <numerusform>%n gesperrte Adresse: An sie wird keine Kampagne versendet.</numerusform>
            <numerusform>%n gesperrte Adressen: An sie wird keine Kampagne versendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} The newest %n are shown (search to narrow down; Export writes all).</source>
        <translation>
            <numerusform>{shown} Die neueste wird gezeigt (suchen Sie, um einzugrenzen; der Export schreibt alle).</numerusform>
            <numerusform>{shown} Die neuesten %n werden gezeigt (suchen Sie, um einzugrenzen; der Export schreibt alle).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an address to see why it is suppressed and its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Adresse, um zu sehen, warum sie gesperrt ist, und ihren Verlauf.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n suppressed address(es) to {path}.</source>
        <translation>
            <numerusform>%n gesperrte Adresse nach {path} exportiert.</numerusform>
            <numerusform>%n gesperrte Adressen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the suppressed list</source>
        <translation>Sperrliste exportieren</translation>
    </message>
    <message>
        <source>suppressed.csv</source>
        <translation>gesperrt.csv</translation>
    </message>
</context>
<context>
    <name>suppressions</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>First bounce</source>
        <translation>Erster Bounce</translation>
    </message>
    <message>
        <source>Last bounce</source>
        <translation>Letzter Bounce</translation>
    </message>
    <message>
        <source>Suppressed on</source>
        <translation>Gesperrt am</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>  could not read {what}</source>
        <translation>  nicht lesbar: {what}</translation>
    </message>
    <message>
        <source>  {reason}: {count}</source>
        <translation>  {reason}: {count}</translation>
    </message>
    <message>
        <source>Added {count} bounced addresses to the suppressed list.</source>
        <translation>Zur Sperrliste hinzugefügte Bounce-Adressen: {count}.</translation>
    </message>
    <message>
        <source>Bounce files: {messages} messages, {addresses} addresses marked.</source>
        <translation>Bounce-Dateien: Nachrichten {messages}, markierte Adressen {addresses}.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Spam-Beschwerde</translation>
    </message>
    <message>
        <source>Disposable domain</source>
        <translation>Wegwerf-Domain</translation>
    </message>
    <message>
        <source>Disposable domains from {source}.</source>
        <translation>Wegwerf-Domains aus {source}.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Excel-Arbeitsmappe, Blatt „{sheet}“</translation>
    </message>
    <message>
        <source>Hard bounce</source>
        <translation>Hard Bounce</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>Kept although flagged — {reason}: {count}</source>
        <translation>Behalten, obwohl markiert — {reason}: {count}</translation>
    </message>
    <message>
        <source>Kept {kept} rows in {file}.</source>
        <translation>Behaltene Zeilen in {file}: {kept}.</translation>
    </message>
    <message>
        <source>Likely typo</source>
        <translation>Vermutl. Tippfehler</translation>
    </message>
    <message>
        <source>Line {line}: {address} — did you mean {suggestion}?</source>
        <translation>Zeile {line}: {address} — meinten Sie {suggestion}?</translation>
    </message>
    <message>
        <source>Line {line}: {why}.</source>
        <translation>Zeile {line}: {why}.</translation>
    </message>
    <message>
        <source>NOT ALL ROWS ACCOUNTED FOR: {missing} of the {rows} rows are in no bucket; check the file</source>
        <translation>NICHT ALLE ZEILEN ERFASST: {missing} der {rows} Zeilen sind nirgends gezählt; prüfen Sie die Datei</translation>
    </message>
    <message>
        <source>Read {rows} rows from {file} ({format}).</source>
        <translation>Gelesene Zeilen aus {file} ({format}): {rows}.</translation>
    </message>
    <message>
        <source>Removed {removed} rows to {file}:</source>
        <translation>Entfernte Zeilen nach {file}: {removed}:</translation>
    </message>
    <message>
        <source>Repeated soft bounces</source>
        <translation>Wiederholte Soft Bounces</translation>
    </message>
    <message>
        <source>Role account</source>
        <translation>Funktionsadresse</translation>
    </message>
    <message>
        <source>STOPPED after line {line} of {lines}: the rest of the file was not read and is not imported</source>
        <translation>ABGEBROCHEN nach Zeile {line} von {lines}: der Rest der Datei wurde nicht gelesen und nicht importiert</translation>
    </message>
    <message>
        <source>Saved to the list: {summary}.</source>
        <translation>In der Liste gespeichert: {summary}.</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unreadable row</source>
        <translation>Unlesbare Zeile</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>Zeile {line}: {why}</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>text table, {delimiter}-separated, {encoding}</source>
        <translation>Texttabelle, getrennt durch {delimiter}, {encoding}</translation>
    </message>
    <message>
        <source>text table, {delimiter}-separated, {encoding} with byte-order mark</source>
        <translation>Texttabelle, getrennt durch {delimiter}, {encoding} mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>{name} ({domains} domains, {url})</source>
        <translation>{name} ({domains} Domains, {url})</translation>
    </message>
    <message>
        <source>{name} {release} ({domains} domains, {url})</source>
        <translation>{name} {release} ({domains} Domains, {url})</translation>
    </message>
    <message>
        <source>{rows} rows: {added} new contacts, {updated} updated, {invalid} invalid, {repeated} repeated in the file, {unreadable} unreadable; {subscribed} newly on the list</source>
        <translation>Zeilen: {rows} — neue Kontakte: {added}, aktualisiert: {updated}, ungültig: {invalid}, in der Datei wiederholt: {repeated}, unlesbar: {unreadable}; neu in der Liste: {subscribed}</translation>
    </message>
    <message>
        <source>… and {count} more rows not imported</source>
        <translation>… und weitere nicht importierte Zeilen: {count}</translation>
    </message>
    <message>
        <source>… and {count} more suggestions (see the removed-rows file).</source>
        <translation>… und weitere Vorschläge: {count} (siehe die Datei der entfernten Zeilen).</translation>
    </message>
    <message>
        <source>… and {count} more unreadable rows.</source>
        <translation>… und weitere unlesbare Zeilen: {count}.</translation>
    </message>
</context>
<context>
    <name>timeline_chart</name>
    <message numerus="yes">
        <source>{name}: {total} in %n hour(s)</source>
        <translation>
            <numerusform>{name}: {total} in %n Stunde</numerusform>
            <numerusform>{name}: {total} in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}
(highest {biggest} an hour)</source>
        <translation>{name}
(max. {biggest}/Stunde)</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{page}” has changes that are not saved. Save them?</source>
        <translation>„{page}“ enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>unsubscribe_service_page</name>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Service &amp;address</source>
        <translation>&amp;Adresse des Dienstes</translation>
    </message>
    <message>
        <source>Sender &amp;name on its pages</source>
        <translation>Absender&amp;name auf seinen Seiten</translation>
    </message>
    <message>
        <source>&amp;Certificate file</source>
        <translation>&amp;Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Only for a certificate from your own authority.</source>
        <translation>Nur für ein Zertifikat Ihrer eigenen Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Make a new &amp;key</source>
        <translation>Neuen Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>Links in mail already sent stop working with a new key</source>
        <translation>Links in bereits versandter Mail funktionieren mit einem neuen Schlüssel nicht mehr</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy this key to the service&apos;s data folder as the file &lt;code&gt;key&lt;/code&gt; now: it is not shown again.</source>
        <translation>Kopieren Sie diesen Schlüssel jetzt als Datei &lt;code&gt;key&lt;/code&gt; in den Datenordner des Dienstes: Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>A shared key is in the keyring.</source>
        <translation>Ein gemeinsamer Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No shared key yet: make one, then copy it to the service.</source>
        <translation>Noch kein gemeinsamer Schlüssel: Erzeugen Sie einen und kopieren Sie ihn dann zum Dienst.</translation>
    </message>
    <message>
        <source>The key could not be kept: {reason}</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>unsuppress_dialog</name>
    <message>
        <source>Un-suppress an address</source>
        <translation>Adresse entsperren</translation>
    </message>
    <message>
        <source>{reason} ({code})</source>
        <translation>{reason} ({code})</translation>
    </message>
    <message>
        <source>&lt;p&gt;Send to &lt;b&gt;{address}&lt;/b&gt; again?&lt;/p&gt;&lt;p&gt;It was suppressed because of: {reason}. Its bounces stay in the log; only bounces from now on count towards the threshold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wieder an &lt;b&gt;{address}&lt;/b&gt; versenden?&lt;/p&gt;&lt;p&gt;Sie wurde gesperrt wegen: {reason}. Ihre Bounces bleiben im Protokoll; nur Bounces ab jetzt zählen für den Schwellenwert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. the reader fixed their mailbox</source>
        <translation>z. B. der Leser hat sein Postfach repariert</translation>
    </message>
    <message>
        <source>Un-suppress</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>&amp;Why? (kept in the address&apos;s history)</source>
        <translation>&amp;Warum? (wird im Verlauf der Adresse gespeichert)</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Hard bounce</source>
        <translation>Hard Bounce</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Soft Bounce</translation>
    </message>
    <message>
        <source>Spam complaint</source>
        <translation>Spam-Beschwerde</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard Bounces</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft Bounces</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>the tracking code in the bounced message</source>
        <translation>den Tracking-Code in der zurückgekommenen Nachricht</translation>
    </message>
    <message>
        <source>the Message-ID of the original message</source>
        <translation>die Message-ID der ursprünglichen Nachricht</translation>
    </message>
    <message>
        <source>the address (its most recent campaign)</source>
        <translation>die Adresse (ihre letzte Kampagne)</translation>
    </message>
    <message>
        <source>the server&apos;s refusal while it was being sent</source>
        <translation>die Ablehnung durch den Server beim Versand</translation>
    </message>
    <message>
        <source>not a campaign message but an autoresponder&apos;s, refused by the server while it was being sent</source>
        <translation>keine Kampagnennachricht, sondern die eines Autoresponders, beim Versand vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>collection run {run}</source>
        <translation>Abrufdurchlauf {run}</translation>
    </message>
    <message>
        <source>sending (the server refused the message)</source>
        <translation>Versand (der Server hat die Nachricht abgelehnt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped mid-run (the app stopped)</source>
        <translation>mitten im Lauf abgebrochen (die App wurde beendet)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n versendet</numerusform>
            <numerusform>%n versendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deferred</source>
        <translation>
            <numerusform>%n zurückgestellt</numerusform>
            <numerusform>%n zurückgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n ausgeschlossen</numerusform>
            <numerusform>%n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in der Warteschlange</numerusform>
            <numerusform>%n in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard bounce(s)</source>
        <translation>
            <numerusform>%n Hard Bounce</numerusform>
            <numerusform>%n Hard Bounces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soft bounce(s)</source>
        <translation>
            <numerusform>%n Soft Bounce</numerusform>
            <numerusform>%n Soft Bounces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n Spam-Beschwerde</numerusform>
            <numerusform>%n Spam-Beschwerden</numerusform>
        </translation>
    </message>
    <message>
        <source>— (paused)</source>
        <translation>— (pausiert)</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>when there is work</source>
        <translation>sobald es etwas zu tun gibt</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>when jobs run (due since {time})</source>
        <translation>sobald Aufgaben ausgeführt werden (fällig seit {time})</translation>
    </message>
    <message>
        <source>when jobs run</source>
        <translation>sobald Aufgaben ausgeführt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed through the service</source>
        <translation>
            <numerusform>%n über den Dienst abgemeldet</numerusform>
            <numerusform>%n über den Dienst abgemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>An unsubscribe request has waited {hours} hours on the unsubscribe service. Unsubscribes must be honoured within 48 hours: run Collect bounces now.</source>
        <translation>Eine Abmeldeanfrage wartet seit {hours} Stunden beim Abmeldedienst. Abmeldungen müssen innerhalb von 48 Stunden umgesetzt werden: Führen Sie jetzt „Bounces abrufen“ aus.</translation>
    </message>
    <message>
        <source>The unsubscribe service has not been reached for {hours} hours, so unsubscribe requests may be waiting there. They must be honoured within 48 hours: check that the service is running and its key is right (Last error below).</source>
        <translation>Der Abmeldedienst wurde seit {hours} Stunden nicht erreicht, daher warten dort möglicherweise Abmeldeanfragen. Sie müssen innerhalb von 48 Stunden umgesetzt werden: Prüfen Sie, ob der Dienst läuft und sein Schlüssel stimmt („Letzter Fehler“ unten).</translation>
    </message>
    <message>
        <source>No bounce mailbox is set up yet. On the Bounce mailbox page (under Settings), enter the server, user name and password of the mailbox bounces come back to, then press Save.</source>
        <translation>Es ist noch kein Bounce-Postfach eingerichtet. Geben Sie auf der Seite „Bounce-Postfach“ (unter Einstellungen) Server, Benutzername und Passwort des Postfachs ein, an das Bounces zurückkommen, und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>The bounce mailbox settings are incomplete: {problem} Correct them on the Bounce mailbox page (under Settings).</source>
        <translation>Die Einstellungen des Bounce-Postfachs sind unvollständig: {problem} Korrigieren Sie sie auf der Seite „Bounce-Postfach“ (unter Einstellungen).</translation>
    </message>
    <message>
        <source>Collecting is switched off. On the Bounce mailbox page (under Settings), tick “Collect bounces from this mailbox” and press Save.</source>
        <translation>Das Abrufen ist ausgeschaltet. Aktivieren Sie auf der Seite „Bounce-Postfach“ (unter Einstellungen) „Bounces aus diesem Postfach abrufen“, und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <source>The mailbox password could not be read: {problem}</source>
        <translation>Das Passwort des Postfachs konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>No password is saved for the bounce mailbox. Enter it on the Bounce mailbox page (under Settings) and press Save.</source>
        <translation>Für das Bounce-Postfach ist kein Passwort gespeichert. Geben Sie es auf der Seite „Bounce-Postfach“ (unter Einstellungen) ein, und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Address does not exist</source>
        <translation>Adresse existiert nicht</translation>
    </message>
    <message>
        <source>Address has moved</source>
        <translation>Adresse hat sich geändert</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Domain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Domain existiert nicht</translation>
    </message>
    <message>
        <source>Filtered by the receiver</source>
        <translation>Vom Empfänger gefiltert</translation>
    </message>
    <message>
        <source>Gave up after retrying</source>
        <translation>Nach wiederholten Versuchen aufgegeben</translation>
    </message>
    <message>
        <source>Mail program error</source>
        <translation>Fehler im Mailprogramm</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Marked as spam by the reader</source>
        <translation>Vom Leser als Spam markiert</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Receiving server error</source>
        <translation>Fehler des empfangenden Servers</translation>
    </message>
    <message>
        <source>Receiving server full</source>
        <translation>Empfangender Server voll</translation>
    </message>
    <message>
        <source>Refused by the receiver&apos;s policy</source>
        <translation>Durch Richtlinie des Empfängers abgelehnt</translation>
    </message>
    <message>
        <source>Rejected as a virus</source>
        <translation>Als Virus abgelehnt</translation>
    </message>
    <message>
        <source>Rejected as spam</source>
        <translation>Als Spam abgelehnt</translation>
    </message>
    <message>
        <source>Security check failed</source>
        <translation>Sicherheitsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sender blocked</source>
        <translation>Absender blockiert</translation>
    </message>
    <message>
        <source>Server refused to relay</source>
        <translation>Server hat Weiterleitung abgelehnt</translation>
    </message>
</context>
</TS>
