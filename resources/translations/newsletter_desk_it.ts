<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Newsletter Desk could not start. {problem}</source>
        <translation>Impossibile avviare Newsletter Desk. {problem}</translation>
    </message>
</context>
<context>
    <name>assign_address_dialog</name>
    <message>
        <source>Assign an address</source>
        <translation>Assegna un indirizzo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which address is the bounce “{subject}” about?&lt;/p&gt;&lt;p&gt;It is then counted like any bounce for that address (and may suppress it), and the next collection removes the message from the mailbox.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A quale indirizzo si riferisce il rimbalzo «{subject}»?&lt;/p&gt;&lt;p&gt;Verrà poi conteggiato come qualsiasi rimbalzo per quell&apos;indirizzo (e potrà escluderlo); la prossima raccolta rimuoverà il messaggio dalla casella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. reader@example.org</source>
        <translation>es. lettore@example.org</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assegna</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
</context>
<context>
    <name>autoresponders_page</name>
    <message>
        <source>at once</source>
        <translation>subito</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (switched off)</source>
        <translation>{name} (disattivata)</translation>
    </message>
    <message>
        <source>{delay} after joining</source>
        <translation>{delay} dopo l&apos;iscrizione</translation>
    </message>
    <message>
        <source>right after joining</source>
        <translation>subito dopo l&apos;iscrizione</translation>
    </message>
    <message>
        <source>{list} · {when} · sent to {count}</source>
        <translation>{list} · {when} · inviata a {count}</translation>
    </message>
    <message>
        <source>An autoresponder sends one message to each person who joins a list: a welcome at once, or a follow-up some days later. Only people who join after you create it receive it, so switching one on never mails a whole existing list. The footer with the unsubscribe link is added as for campaigns; suppressed and unsubscribed addresses are left out. The “Queue autoresponder messages” job sends them (see Jobs).</source>
        <translation>Una risposta automatica invia un messaggio a ogni persona che si iscrive a una lista: un benvenuto subito o un messaggio di follow-up alcuni giorni dopo. La ricevono solo le persone che si iscrivono dopo la sua creazione, quindi attivarla non scrive mai a un&apos;intera lista esistente. Il piè di pagina con il link di disiscrizione viene aggiunto come per le campagne; gli indirizzi esclusi e disiscritti vengono saltati. L&apos;attività «Accoda messaggi delle risposte automatiche» li invia (vedi Attività).</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Annulla modi&amp;fiche</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sal&amp;va</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Its message goes to each person who joins this list.</source>
        <translation>Il messaggio va a ogni persona che si iscrive a questa lista.</translation>
    </message>
    <message>
        <source>SMTP &amp;profile</source>
        <translation>&amp;Profilo SMTP</translation>
    </message>
    <message>
        <source>Sends it, with its sender address and footers.</source>
        <translation>La invia, con il suo indirizzo del mittente e i suoi piè di pagina.</translation>
    </message>
    <message>
        <source>Send after</source>
        <translation>Invia dopo</translation>
    </message>
    <message>
        <source>How long after a person joins; 0 sends it at the next run of the job.</source>
        <translation>Quanto tempo dopo l&apos;iscrizione di una persona; con 0 parte alla prossima esecuzione dell&apos;attività.</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Oggetto</translation>
    </message>
    <message>
        <source>Merge fields work as in campaigns: {{first_name|there}}.</source>
        <translation>I campi dinamici funzionano come nelle campagne: {{first_name|there}}.</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>&amp;Testo semplice</translation>
    </message>
    <message>
        <source>Optional: the same message as HTML.</source>
        <translation>Facoltativo: lo stesso messaggio in HTML.</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>HT&amp;ML</translation>
    </message>
    <message>
        <source>S&amp;witched on</source>
        <translation>&amp;Attiva</translation>
    </message>
    <message>
        <source>When on, it goes to people who join from now on.</source>
        <translation>Se attiva, va alle persone che si iscrivono da ora in poi.</translation>
    </message>
    <message>
        <source>&amp;days</source>
        <translation>&amp;giorni</translation>
    </message>
    <message>
        <source>h&amp;ours</source>
        <translation>o&amp;re</translation>
    </message>
    <message>
        <source>m&amp;inutes</source>
        <translation>m&amp;inuti</translation>
    </message>
    <message>
        <source>Welcome, {{first_name|there}}</source>
        <translation>Benvenuto, {{first_name|there}}</translation>
    </message>
    <message>
        <source>Not saved: see the field marked in red.</source>
        <translation>Non salvata: controllare il campo segnato in rosso.</translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation>«{name}» salvata.</translation>
    </message>
    <message>
        <source>“{name}” saved. It is switched off: nothing is sent.</source>
        <translation>«{name}» salvata. È disattivata: non viene inviato nulla.</translation>
    </message>
    <message>
        <source>Delete autoresponder</source>
        <translation>Elimina risposta automatica</translation>
    </message>
    <message>
        <source>Delete “{name}”? People who join {list} will no longer receive it; messages already queued are still sent.</source>
        <translation>Eliminare «{name}»? Chi si iscrive a {list} non la riceverà più; i messaggi già in coda vengono comunque inviati.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminata.</translation>
    </message>
</context>
<context>
    <name>bounce_codes_page</name>
    <message>
        <source>Hard: stop sending</source>
        <translation>Hard: interrompi l&apos;invio</translation>
    </message>
    <message>
        <source>Soft: try again later</source>
        <translation>Soft: riprova più tardi</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>soft</translation>
    </message>
    <message>
        <source>“{code}” is not a status code like 5.1.1</source>
        <translation>«{code}» non è un codice di stato come 5.1.1</translation>
    </message>
    <message>
        <source>{code} appears twice</source>
        <translation>{code} compare due volte</translation>
    </message>
    <message>
        <source>type must be hard or soft</source>
        <translation>il tipo deve essere hard o soft</translation>
    </message>
    <message>
        <source>“{code}” is not a status code like 5.1.1: the cell keeps its old value.</source>
        <translation>«{code}» non è un codice di stato come 5.1.1: la cella mantiene il valore precedente.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Hard or soft</source>
        <translation>Hard o soft</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
    <message>
        <source>&amp;Add code</source>
        <translation>&amp;Aggiungi codice</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Ripristina &amp;predefiniti</translation>
    </message>
    <message>
        <source>S&amp;uppress only address failures</source>
        <translation>Escludi s&amp;olo gli errori di indirizzo</translation>
    </message>
    <message>
        <source>Policy blocks, network and system failures (5.3.x, 5.4.x, 5.7.x) count as soft: only addresses that do not exist are suppressed.</source>
        <translation>Blocchi per policy, errori di rete e di sistema (5.3.x, 5.4.x, 5.7.x) contano come soft: vengono esclusi solo gli indirizzi inesistenti.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}.</source>
        <translation>Riga {row}: {problem}.</translation>
    </message>
    <message>
        <source>Not saved: row {row}: {problem}.</source>
        <translation>Non salvato: riga {row}: {problem}.</translation>
    </message>
    <message>
        <source>Describe what this code means</source>
        <translation>Descrivi il significato di questo codice</translation>
    </message>
</context>
<context>
    <name>bounce_handling_page</name>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>times</source>
        <translation>volte</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>&amp;Collect every</source>
        <translation>&amp;Raccogli ogni</translation>
    </message>
    <message>
        <source>How often the bounce mailbox is read for new bounces.</source>
        <translation>Ogni quanto viene letta la casella dei rimbalzi per cercare nuovi rimbalzi.</translation>
    </message>
    <message>
        <source>Collect re&amp;tries</source>
        <translation>&amp;Tentativi di raccolta</translation>
    </message>
    <message>
        <source>If the mailbox cannot be reached, how many times to try again before waiting for the next round.</source>
        <translation>Se la casella non è raggiungibile, quante volte riprovare prima di attendere il giro successivo.</translation>
    </message>
    <message>
        <source>Soft-bounce retry &amp;interval</source>
        <translation>&amp;Intervallo tra i nuovi invii dopo soft bounce</translation>
    </message>
    <message>
        <source>How long to wait before sending again to an address that soft-bounced.</source>
        <translation>Quanto attendere prima di inviare di nuovo a un indirizzo che ha dato un soft bounce.</translation>
    </message>
    <message>
        <source>Soft-bounce retr&amp;y count</source>
        <translation>&amp;Numero di nuovi invii dopo soft bounce</translation>
    </message>
    <message>
        <source>How many times to send again after soft bounces; after that the address counts as bounced.</source>
        <translation>Quante volte inviare di nuovo dopo un soft bounce; dopodiché l&apos;indirizzo conta come rimbalzato.</translation>
    </message>
    <message>
        <source>F&amp;orget soft bounces after</source>
        <translation>&amp;Dimentica i soft bounce dopo</translation>
    </message>
    <message>
        <source>Soft bounces older than this no longer count towards the threshold.</source>
        <translation>I soft bounce più vecchi di così non contano più per la soglia.</translation>
    </message>
    <message>
        <source>Count hard &amp;bounces towards the bounce threshold</source>
        <translation>Conta gli hard &amp;bounce per la soglia di rimbalzi</translation>
    </message>
    <message>
        <source>Unticked (the default), one hard bounce suppresses an address at once and the threshold counts soft bounces whose re-sends ran out. Tick it if your server gives hard bounces you do not trust: they then count like those soft bounces, and an address is suppressed only at the threshold.</source>
        <translation>Se non è selezionato (impostazione predefinita), un solo hard bounce esclude subito un indirizzo e la soglia conta i soft bounce per cui i nuovi invii sono esauriti. Selezionalo se il tuo server segnala hard bounce poco affidabili: contano allora come quei soft bounce, e un indirizzo viene escluso solo al raggiungimento della soglia.</translation>
    </message>
</context>
<context>
    <name>bounce_log</name>
    <message>
        <source>None (autoresponder)</source>
        <translation>Nessuna (risposta automatica)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostica</translation>
    </message>
</context>
<context>
    <name>bounce_mailbox_page</name>
    <message>
        <source>Delete them</source>
        <translation>Eliminali</translation>
    </message>
    <message>
        <source>Move them to a folder</source>
        <translation>Spostali in una cartella</translation>
    </message>
    <message>
        <source>Leave them where they are</source>
        <translation>Lasciali dove sono</translation>
    </message>
    <message>
        <source>Log-in techni&amp;que</source>
        <translation>Metodo di a&amp;ccesso</translation>
    </message>
    <message>
        <source>E&amp;xternal app client ID</source>
        <translation>ID client dell&apos;app es&amp;terna</translation>
    </message>
    <message>
        <source>Organi&amp;zation (tenant)</source>
        <translation>Organi&amp;zzazione (tenant)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Collect bounces from this mailbox</source>
        <translation>&amp;Raccogli i rimbalzi da questa casella</translation>
    </message>
    <message>
        <source>IMAP (recommended)</source>
        <translation>IMAP (consigliato)</translation>
    </message>
    <message>
        <source>None, unencrypted</source>
        <translation>Nessuna, non cifrata</translation>
    </message>
    <message>
        <source>Verif&amp;y the server certificate</source>
        <translation>Verifica il certificato del ser&amp;ver</translation>
    </message>
    <message>
        <source>Pro&amp;tocol</source>
        <translation>Pro&amp;tocollo</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>Secur&amp;ity</source>
        <translation>S&amp;icurezza</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <source>993 for IMAP and 995 for POP3 with SSL/TLS; 143 and 110 otherwise.</source>
        <translation>993 per IMAP e 995 per POP3 con SSL/TLS; altrimenti 143 e 110.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Bounce address</source>
        <translation>Indirizzo dei rim&amp;balzi</translation>
    </message>
    <message>
        <source>The address bounces are sent to; usually the mailbox&apos;s own address.</source>
        <translation>L&apos;indirizzo a cui arrivano i rimbalzi; di solito l&apos;indirizzo della casella stessa.</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Cosa leggere</translation>
    </message>
    <message>
        <source>&amp;Load folders</source>
        <translation>Carica cartell&amp;e</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>rimbalzi</translation>
    </message>
    <message>
        <source>e.g. Processed bounces</source>
        <translation>es. Rimbalzi elaborati</translation>
    </message>
    <message>
        <source>Fol&amp;der to monitor</source>
        <translation>Cartella &amp;da monitorare</translation>
    </message>
    <message>
        <source>POP3 has only one folder, the inbox.</source>
        <translation>POP3 ha una sola cartella, la posta in arrivo.</translation>
    </message>
    <message>
        <source>Bounce thr&amp;eshold</source>
        <translation>S&amp;oglia di rimbalzi</translation>
    </message>
    <message>
        <source>An address is suppressed after this many soft bounces whose re-sends ran out. One hard bounce suppresses it at once (unless Bounce handling says to count hard bounces here too).</source>
        <translation>Un indirizzo viene escluso dopo questo numero di soft bounce per cui i nuovi invii sono esauriti. Un hard bounce lo esclude subito (a meno che la gestione dei rimbalzi dica di contare anche qui gli hard bounce).</translation>
    </message>
    <message>
        <source>Pr&amp;ocessed bounces</source>
        <translation>Rimbal&amp;zi elaborati</translation>
    </message>
    <message>
        <source>&amp;Move processed to</source>
        <translation>Sposta &amp;gli elaborati in</translation>
    </message>
    <message>
        <source>Other messa&amp;ges</source>
        <translation>Altri &amp;messaggi</translation>
    </message>
    <message>
        <source>Replies and out-of-office notes that are not bounces.</source>
        <translation>Risposte e messaggi di assenza che non sono rimbalzi.</translation>
    </message>
    <message>
        <source>Move other mess&amp;ages to</source>
        <translation>Sposta gli a&amp;ltri messaggi in</translation>
    </message>
    <message>
        <source>&amp;Keep bounces needing review in</source>
        <translation>Conserva i rimbalzi da veri&amp;ficare in</translation>
    </message>
    <message>
        <source>Bounces that name no address of your lists wait for you under Bounces › Needs review; pick a folder to move them to, or leave empty to keep them where they arrived.</source>
        <translation>I rimbalzi che non indicano alcun indirizzo delle tue liste attendono in Rimbalzi › Da verificare; scegli una cartella in cui spostarli oppure lascia vuoto per tenerli dove sono arrivati.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Prova co&amp;nnessione</translation>
    </message>
    <message>
        <source>Sign in before saving: press Sign in…</source>
        <translation>Accedi prima di salvare: premi Accedi…</translation>
    </message>
    <message>
        <source>Enter the mailbox password.</source>
        <translation>Inserisci la password della casella.</translation>
    </message>
    <message>
        <source>Logging in to {host} to list its folders…</source>
        <translation>Accesso a {host} per elencarne le cartelle…</translation>
    </message>
    <message>
        <source>Connecting to {host} on port {port}…</source>
        <translation>Connessione a {host} sulla porta {port}…</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) found: pick the one bounces arrive in.</source>
        <translation>
            <numerusform>%n cartella trovata: scegli quella in cui arrivano i rimbalzi.</numerusform>
            <numerusform>%n cartelle trovate: scegli quella in cui arrivano i rimbalzi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>campaign_report_tab</name>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Non ancora inviati</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Rinviati</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incerti</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounce</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft bounce</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Segnalazioni di spam</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Disiscrizioni</translation>
    </message>
    <message>
        <source>Recipients: {recipients} ({waiting} not sent yet)</source>
        <translation>Destinatari: {recipients} ({waiting} non ancora inviati)</translation>
    </message>
    <message>
        <source>Delivered: {delivered} of {sent} tried so far ({share})</source>
        <translation>Consegnati: {delivered} su {sent} tentati finora ({share})</translation>
    </message>
    <message>
        <source>Bounces: {hard} hard, {soft} soft; {failed} refused while sending, {deferred} deferred, {uncertain} uncertain</source>
        <translation>Rimbalzi: {hard} hard, {soft} soft; {failed} rifiutati durante l&apos;invio, {deferred} rinviati, {uncertain} incerti</translation>
    </message>
    <message>
        <source>Complaints: {complaints} ({share} of delivered)</source>
        <translation>Segnalazioni di spam: {complaints} ({share} dei consegnati)</translation>
    </message>
    <message>
        <source>Unsubscribes: {unsubscribes} ({share} of delivered)</source>
        <translation>Disiscrizioni: {unsubscribes} ({share} dei consegnati)</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it went.</source>
        <translation>Scegliere una campagna per vedere com&apos;è andata.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>The table by receiving domain, for a spreadsheet</source>
        <translation>La tabella per dominio di destinazione, per un foglio di calcolo</translation>
    </message>
    <message>
        <source>The report could not be read: {message}</source>
        <translation>Impossibile leggere il rapporto: {message}</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tutti i domini</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rimbalzi</translation>
    </message>
    <message>
        <source>{name} report.csv</source>
        <translation>{name} rapporto.csv</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il rapporto</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>campaigns_page</name>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Rispondi a</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Testo semplice</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Preview and test</source>
        <translation>Anteprima e prova</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Hello {{first_name|there}}, our spring news</source>
        <translation>Ciao {{first_name|there}}, le nostre novità di primavera</translation>
    </message>
    <message>
        <source>the profile&apos;s sender name</source>
        <translation>nome del mittente del profilo</translation>
    </message>
    <message>
        <source>the profile&apos;s sender address</source>
        <translation>indirizzo del mittente del profilo</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Nome campagna:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>Sender na&amp;me:</source>
        <translation>Nome del &amp;mittente:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Indirizzo del mittente:</translation>
    </message>
    <message>
        <source>&amp;Reply-to address:</source>
        <translation>Indirizzo di &amp;risposta:</translation>
    </message>
    <message>
        <source>SMTP &amp;profile:</source>
        <translation>&amp;Profilo SMTP:</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Merge fields: {{first_name}}, {{last_name}}, {{email}} and the extra columns of the chosen lists; a fallback follows a bar: {{first_name|there}}. The footer with the unsubscribe link is added.</source>
        <translation>Campi dinamici: {{first_name}}, {{last_name}}, {{email}} e le colonne aggiuntive delle liste scelte; un valore di riserva segue una barra verticale: {{first_name|there}}. Il piè di pagina con il link di disiscrizione viene aggiunto.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <source>F&amp;ill from the HTML</source>
        <translation>&amp;Compila dall&apos;HTML</translation>
    </message>
    <message>
        <source>Write the plain-text part from the HTML part: its words in order, each link&apos;s address after its text</source>
        <translation>Scrivere la parte di testo dalla parte HTML: le parole in ordine, l&apos;indirizzo di ogni link dopo il suo testo</translation>
    </message>
    <message>
        <source>Shown by mail programs that do not show HTML, and read by spam filters: keep it close to the HTML.</source>
        <translation>Mostrata dai programmi di posta che non visualizzano l&apos;HTML e letta dai filtri antispam: tenerla simile all&apos;HTML.</translation>
    </message>
    <message>
        <source>Import HTML file…</source>
        <translation>Importa file HTML…</translation>
    </message>
    <message>
        <source>Write below; it is sent as email-safe HTML in a 600-pixel column. An imported file is sent exactly as written until you edit it here.</source>
        <translation>Scrivere qui sotto; viene inviato come HTML adatto alle email in una colonna di 600 pixel. Un file importato viene inviato così com&apos;è finché non viene modificato qui.</translation>
    </message>
    <message>
        <source>a contact&apos;s address (empty: fallbacks only)</source>
        <translation>indirizzo di un contatto (vuoto: solo valori di riserva)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Come:</translation>
    </message>
    <message>
        <source>As on a phone (375 pi&amp;xels wide)</source>
        <translation>Come su uno smartphone (375 pi&amp;xel di larghezza)</translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation>Parte HTML</translation>
    </message>
    <message>
        <source>Plain-text part</source>
        <translation>Parte di testo</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Invio di prova</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>Prova a:</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>A che punto è</translation>
    </message>
    <message>
        <source>%v of %m done (%p%)</source>
        <translation>%v di %m completati (%p%)</translation>
    </message>
    <message>
        <source>Recipients no longer waiting: sent, refused or uncertain. Deferred ones wait to be tried again.</source>
        <translation>Destinatari non più in attesa: inviati, rifiutati o incerti. Quelli rinviati attendono un nuovo tentativo.</translation>
    </message>
    <message>
        <source>Prepare recipients</source>
        <translation>Prepara destinatari</translation>
    </message>
    <message>
        <source>Make one item per recipient and count who is left out, before anything is sent.</source>
        <translation>Crea una voce per destinatario e conta chi resta escluso, prima di inviare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>Avvia invio</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Annulla campagna</translation>
    </message>
    <message>
        <source>Send uncertain</source>
        <translation>Invia incerti</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Elimina campagna</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Eliminare «{name}»?</translation>
    </message>
    <message>
        <source>Import HTML</source>
        <translation>Importa HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>File HTML (*.html *.htm);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{header}:&lt;/b&gt; {value}</source>
        <translation>&lt;b&gt;{header}:&lt;/b&gt; {value}</translation>
    </message>
    <message>
        <source>(no plain-text part)</source>
        <translation>(nessuna parte di testo)</translation>
    </message>
    <message>
        <source>(no HTML part: mail programs show the plain text)</source>
        <translation>(nessuna parte HTML: i programmi di posta mostrano il testo semplice)</translation>
    </message>
    <message>
        <source>Fill from the HTML</source>
        <translation>Compila dall&apos;HTML</translation>
    </message>
    <message>
        <source>Replace the plain-text part you wrote with one made from the HTML?</source>
        <translation>Sostituire la parte di testo scritta con una ricavata dall&apos;HTML?</translation>
    </message>
    <message>
        <source>Test queued for {addresses}: it goes out within seconds while jobs run (see the Jobs page).</source>
        <translation>Prova in coda per {addresses}: parte entro pochi secondi mentre le attività sono in esecuzione (vedi la pagina Attività).</translation>
    </message>
    <message>
        <source>Choose a saved campaign with a profile first.</source>
        <translation>Scegliere prima una campagna salvata con un profilo.</translation>
    </message>
    <message>
        <source>Stop sending “{name}” for good? What was sent stays recorded; duplicate it to send again later.</source>
        <translation>Interrompere definitivamente l&apos;invio di «{name}»? Ciò che è stato inviato resta registrato; duplicarla per inviarla di nuovo in seguito.</translation>
    </message>
    <message>
        <source>Choose a campaign, or press New.</source>
        <translation>Scegliere una campagna o premere Nuova.</translation>
    </message>
    <message>
        <source>Where the campaign stands could not be read: {message}</source>
        <translation>Impossibile leggere lo stato della campagna: {message}</translation>
    </message>
</context>
<context>
    <name>cleanup_page</name>
    <message>
        <source>Check a spreadsheet of addresses without going online: invalid, duplicate, bounced, suppressed and unsubscribed addresses are taken out. You get a cleaned copy and a file of the removed rows with the reason for each; your file is never changed.</source>
        <translation>Controlla un foglio di indirizzi senza andare online: gli indirizzi non validi, duplicati, rimbalzati, esclusi e disiscritti vengono tolti. Si ottengono una copia pulita e un file delle righe rimosse con il motivo di ciascuna; il file originale non viene mai modificato.</translation>
    </message>
    <message>
        <source>1. Files</source>
        <translation>1. File</translation>
    </message>
    <message>
        <source>A CSV, TSV or Excel (.xlsx) file of addresses</source>
        <translation>Un file CSV, TSV o Excel (.xlsx) di indirizzi</translation>
    </message>
    <message>
        <source>Choose list…</source>
        <translation>Scegli lista…</translation>
    </message>
    <message>
        <source>&amp;List file:</source>
        <translation>File della &amp;lista:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Aggiungi file…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Aggiungi cartella…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Optional: bounced mail exported from your mail program (.eml files, a folder of them, or an .mbox file).</source>
        <translation>Facoltativo: posta rimbalzata esportata dal programma di posta (file .eml, una cartella di file .eml o un file .mbox).</translation>
    </message>
    <message>
        <source>&amp;Bounce files:</source>
        <translation>File dei &amp;rimbalzi:</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. Colonne</translation>
    </message>
    <message>
        <source>Choose a list file first.</source>
        <translation>Scegliere prima un file della lista.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>The first row holds column &amp;names</source>
        <translation>La prima riga contiene i &amp;nomi delle colonne</translation>
    </message>
    <message>
        <source>Addresses are &amp;in:</source>
        <translation>Indirizzi &amp;in:</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Prime righe:</translation>
    </message>
    <message>
        <source>3. What to remove and save</source>
        <translation>3. Cosa rimuovere e salvare</translation>
    </message>
    <message>
        <source>Likely &amp;typos of big providers (gmial.com → gmail.com); the suggestion is listed, never applied</source>
        <translation>Probabili re&amp;fusi dei grandi provider (gmial.com → gmail.com); suggerimento solo elencato</translation>
    </message>
    <message>
        <source>Thro&amp;waway-address domains</source>
        <translation>Domini di indirizzi usa e &amp;getta</translation>
    </message>
    <message>
        <source>List: {source}</source>
        <translation>Elenco: {source}</translation>
    </message>
    <message>
        <source>R&amp;ole accounts (info@, admin@, sales@ …)</source>
        <translation>Indirizzi di r&amp;uolo (info@, admin@, sales@ …)</translation>
    </message>
    <message>
        <source>Also remove:</source>
        <translation>Rimuovi anche:</translation>
    </message>
    <message>
        <source>Throwaway domains from {source}.</source>
        <translation>Domini usa e getta da {source}.</translation>
    </message>
    <message>
        <source> soft bounces</source>
        <translation> soft bounce</translation>
    </message>
    <message>
        <source>Remove an address &amp;after:</source>
        <translation>Rimuovi un indirizzo &amp;dopo:</translation>
    </message>
    <message>
        <source>Remove addresses on the suppressed and &amp;unsubscribed lists</source>
        <translation>Rimuovi gli indirizzi esclusi e disi&amp;scritti</translation>
    </message>
    <message>
        <source>A&amp;dd the kept rows to a list</source>
        <translation>Aggiungi le righe &amp;mantenute a una lista</translation>
    </message>
    <message>
        <source>list name (created if new)</source>
        <translation>nome della lista (creata se nuova)</translation>
    </message>
    <message>
        <source>List na&amp;me:</source>
        <translation>N&amp;ome lista:</translation>
    </message>
    <message>
        <source>Add the bounced addresses to the &amp;suppressed list</source>
        <translation>Aggiungi gli indirizzi rimbalzati alla lista di &amp;esclusione</translation>
    </message>
    <message>
        <source>&amp;Clean the list</source>
        <translation>&amp;Pulisci la lista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Interrompi l&apos;esecuzione (Esc)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Choose a list</source>
        <translation>Scegli una lista</translation>
    </message>
    <message>
        <source>Lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Liste (*.csv *.tsv *.txt *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Add bounce files</source>
        <translation>Aggiungi file dei rimbalzi</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>File di posta (*.eml *.mbox *.mbx *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Add a folder of bounce messages</source>
        <translation>Aggiungi una cartella di messaggi rimbalzati</translation>
    </message>
    <message>
        <source>Give the list to add the kept rows to a name.</source>
        <translation>Dare un nome alla lista a cui aggiungere le righe mantenute.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Pulizia in corso…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
    <message>
        <source>Done: kept {kept} of {rows} rows. The cleaned list is {path}.</source>
        <translation>Fatto: mantenute {kept} righe su {rows}. La lista pulita è {path}.</translation>
    </message>
    <message>
        <source>The list could not be cleaned: {message}</source>
        <translation>Impossibile pulire la lista: {message}</translation>
    </message>
    <message>
        <source>Cancelled: no files were written.</source>
        <translation>Annullato: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuti</translation>
    </message>
    <message>
        <source>{reason} (kept)</source>
        <translation>{reason} (mantenuti)</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>complaint_bar</name>
    <message>
        <source>{percent} (Gmail: watch)</source>
        <translation>{percent} (Gmail: attenzione)</translation>
    </message>
    <message>
        <source>{percent} (Gmail: limit)</source>
        <translation>{percent} (Gmail: limite)</translation>
    </message>
</context>
<context>
    <name>complaint_guard_page</name>
    <message>
        <source>delivered</source>
        <translation>consegnati</translation>
    </message>
    <message>
        <source>the domain of the From address</source>
        <translation>il dominio dell&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>Pause a campaign a&amp;bove</source>
        <translation>Sospendi una campagna &amp;oltre</translation>
    </message>
    <message>
        <source>The share of delivered messages reported as spam at which a sending campaign stops. 0.3% is Gmail&apos;s line.</source>
        <translation>La quota di messaggi consegnati segnalati come spam oltre la quale una campagna in invio si ferma. 0,3% è la soglia di Gmail.</translation>
    </message>
    <message>
        <source>Only &amp;after</source>
        <translation>Solo &amp;dopo</translation>
    </message>
    <message>
        <source>A few complaints among the first messages say little: the guard waits until the campaign has delivered this many.</source>
        <translation>Poche segnalazioni tra i primi messaggi dicono poco: il controllo attende che la campagna ne abbia consegnati almeno questi.</translation>
    </message>
    <message>
        <source>Feedback-&amp;ID sender</source>
        <translation>Mittente &amp;Feedback-ID</translation>
    </message>
    <message>
        <source>The last part of the Feedback-ID header on every campaign message, which Gmail&apos;s Postmaster Tools group complaints by. Leave it empty to use the domain you send from.</source>
        <translation>L&apos;ultima parte dell&apos;intestazione Feedback-ID di ogni messaggio di campagna, in base alla quale i Postmaster Tools di Gmail raggruppano le segnalazioni. Lascia vuoto per usare il dominio da cui invii.</translation>
    </message>
    <message>
        <source>Complaints per SMTP profile, last 30 days</source>
        <translation>Segnalazioni per profilo SMTP, ultimi 30 giorni</translation>
    </message>
    <message>
        <source>No SMTP profile yet.</source>
        <translation>Nessun profilo SMTP.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>A link must start with https:// (or http://).</source>
        <translation>Un link deve iniziare con https:// (o http://).</translation>
    </message>
    <message>
        <source>Choose Campaign or Global.</source>
        <translation>Scegli Campagna o Globale.</translation>
    </message>
    <message>
        <source>Choose IMAP or POP3.</source>
        <translation>Scegli IMAP o POP3.</translation>
    </message>
    <message>
        <source>Choose None, STARTTLS or SSL/TLS.</source>
        <translation>Scegli Nessuna, STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <source>Choose Password, Sign in with Microsoft or Sign in with Google.</source>
        <translation>Scegli Password, Accedi con Microsoft o Accedi con Google.</translation>
    </message>
    <message>
        <source>Choose RSA 2048 or Ed25519.</source>
        <translation>Scegli RSA 2048 o Ed25519.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Rome.</source>
        <translation>Scegli un fuso orario dall&apos;elenco, ad es. Europe/Rome.</translation>
    </message>
    <message>
        <source>Choose a warm-up plan, or none.</source>
        <translation>Scegli un piano di riscaldamento, o nessuno.</translation>
    </message>
    <message>
        <source>Choose the folder to monitor (usually INBOX).</source>
        <translation>Scegli la cartella da monitorare (di solito INBOX).</translation>
    </message>
    <message>
        <source>Enter a selector of letters, digits and hyphens, e.g. news1.</source>
        <translation>Inserisci un selettore di lettere, cifre e trattini, es. news1.</translation>
    </message>
    <message>
        <source>Enter a time of day as HH:MM, e.g. 08:00.</source>
        <translation>Inserisci un&apos;ora come HH:MM, ad es. 08:00.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Inserisci un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Enter the client ID of your app registration (see the guide).</source>
        <translation>Inserisci l&apos;ID client della registrazione dell&apos;app (vedi la guida).</translation>
    </message>
    <message>
        <source>Enter the mailbox user name.</source>
        <translation>Inserisci il nome utente della casella.</translation>
    </message>
    <message>
        <source>Enter the server name, e.g. smtp.example.com.</source>
        <translation>Inserisci il nome del server, es. smtp.example.com.</translation>
    </message>
    <message>
        <source>Enter the signing domain, e.g. shop.example.</source>
        <translation>Inserisci il dominio di firma, es. shop.example.</translation>
    </message>
    <message>
        <source>Enter the user name, or untick “Requires authentication”.</source>
        <translation>Inserisci il nome utente, oppure deseleziona «Richiede autenticazione».</translation>
    </message>
    <message>
        <source>Enter the warm-up&apos;s first day as a date, e.g. 2026-03-02.</source>
        <translation>Inserisci il primo giorno del riscaldamento come data, ad es. 2026-03-02.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Assegna un nome al profilo.</translation>
    </message>
    <message>
        <source>Name the folder that other messages move to.</source>
        <translation>Indica la cartella in cui spostare gli altri messaggi.</translation>
    </message>
    <message>
        <source>Name the folder that processed bounces move to.</source>
        <translation>Indica la cartella in cui spostare i rimbalzi elaborati.</translation>
    </message>
    <message>
        <source>POP3 has no folders: bounces that need review are left in the inbox.</source>
        <translation>POP3 non ha cartelle: i rimbalzi da verificare restano nella posta in arrivo.</translation>
    </message>
    <message>
        <source>POP3 has no folders: other messages are left in place.</source>
        <translation>POP3 non ha cartelle: gli altri messaggi restano dove sono.</translation>
    </message>
    <message>
        <source>POP3 has no folders: processed bounces can only be deleted.</source>
        <translation>POP3 non ha cartelle: i rimbalzi elaborati possono solo essere eliminati.</translation>
    </message>
    <message>
        <source>Say true or false.</source>
        <translation>Indica true o false.</translation>
    </message>
    <message>
        <source>The HTML footer must contain {{unsubscribe_url}}.</source>
        <translation>Il piè di pagina HTML deve contenere {{unsubscribe_url}}.</translation>
    </message>
    <message>
        <source>The complaint limit must be above 0% and at most 100%.</source>
        <translation>Il limite di segnalazioni deve essere superiore allo 0% e al massimo 100%.</translation>
    </message>
    <message>
        <source>The link must contain {{token}} to know who clicked.</source>
        <translation>Il link deve contenere {{token}} per sapere chi ha cliccato.</translation>
    </message>
    <message>
        <source>The person leaves every list: no later campaign is sent to them, whatever list it goes to, even one they join afterwards. The safest choice under strict privacy rules.</source>
        <translation>La persona lascia tutte le liste: nessuna campagna successiva le viene inviata, qualunque sia la lista, anche una a cui si iscrive in seguito. La scelta più sicura con norme sulla privacy rigorose.</translation>
    </message>
    <message>
        <source>The person leaves the lists that campaign was sent to: later campaigns to those lists leave them out. Campaigns to their other lists still reach them.</source>
        <translation>La persona lascia le liste a cui è stata inviata quella campagna: le campagne successive a quelle liste la escludono. Le campagne alle sue altre liste la raggiungono ancora.</translation>
    </message>
    <message>
        <source>The plain-text footer must contain {{unsubscribe_url}}.</source>
        <translation>Il piè di pagina in testo semplice deve contenere {{unsubscribe_url}}.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>La porta deve essere un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>The service address must start with https://.</source>
        <translation>L&apos;indirizzo del servizio deve iniziare con https://.</translation>
    </message>
    <message>
        <source>The window must end at another time than it starts.</source>
        <translation>La fascia deve finire a un&apos;ora diversa da quella d&apos;inizio.</translation>
    </message>
    <message>
        <source>Use at most 16 connections at once.</source>
        <translation>Usa al massimo 16 connessioni simultanee.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, hyphens or underscores (no colons or spaces), e.g. shop-example.</source>
        <translation>Usa fino a 64 lettere, cifre, punti, trattini o trattini bassi (senza due punti né spazi), es. shop-example.</translation>
    </message>
    <message>
        <source>Write the DNS server as an IP address, or address:port (e.g. 192.168.1.1 or 127.0.0.1:5353).</source>
        <translation>Scrivi il server DNS come indirizzo IP, o come indirizzo:porta (es. 192.168.1.1 o 127.0.0.1:5353).</translation>
    </message>
</context>
<context>
    <name>config_words</name>
    <message>
        <source>“{value}” is not a server name.</source>
        <translation>«{value}» non è un nome di server.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address: {reason}</source>
        <translation>«{value}» non è un indirizzo e-mail valido: {reason}</translation>
    </message>
    <message>
        <source>This must be at least {low}.</source>
        <translation>Il valore deve essere almeno {low}.</translation>
    </message>
    <message>
        <source>Sign as {sender}: the signing domain must be the From address&apos;s domain.</source>
        <translation>Firma come {sender}: il dominio di firma deve essere il dominio dell&apos;indirizzo del mittente.</translation>
    </message>
    <message>
        <source>Sign as {sender} or its parent domain {parent}: the signing domain must match the From address.</source>
        <translation>Firma come {sender} o con il dominio principale {parent}: il dominio di firma deve corrispondere all&apos;indirizzo del mittente.</translation>
    </message>
</context>
<context>
    <name>exclusion_policy_page</name>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagna</translation>
    </message>
    <message>
        <source>&amp;Global</source>
        <translation>&amp;Globale</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>no code</source>
        <translation>nessun codice</translation>
    </message>
    <message>
        <source>{code} (server reply {reply}) from {host}</source>
        <translation>{code} (risposta del server {reply}) da {host}</translation>
    </message>
    <message>
        <source>{code} (server reply {reply})</source>
        <translation>{code} (risposta del server {reply})</translation>
    </message>
    <message>
        <source>{code} from {host}</source>
        <translation>{code} da {host}</translation>
    </message>
    <message>
        <source>{campaign}, found by {how}</source>
        <translation>{campaign}, trovata tramite {how}</translation>
    </message>
    <message>
        <source>none: {how}</source>
        <translation>nessuna: {how}</translation>
    </message>
    <message>
        <source>none; the contact was found by {how}</source>
        <translation>nessuna; il contatto è stato trovato tramite {how}</translation>
    </message>
    <message>
        <source>none of your campaign messages matched this bounce</source>
        <translation>nessun messaggio delle campagne corrisponde a questo rimbalzo</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>{done} — not counted towards the bounce threshold</source>
        <translation>{done} — non conteggiato per la soglia dei rimbalzi</translation>
    </message>
    <message>
        <source>on the suppressed list: no campaign is sent to it</source>
        <translation>nella lista di esclusione: non riceve alcuna campagna</translation>
    </message>
    <message>
        <source>not suppressed: campaigns are sent to it</source>
        <translation>non escluso: riceve le campagne</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>{address} — {kind}</source>
        <translation>{address} — {kind}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Deciso da</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>The address is now</source>
        <translation>Ora l&apos;indirizzo è</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>Il server ha risposto</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nient&apos;altro</translation>
    </message>
    <message>
        <source>{reason} ({code})</source>
        <translation>{reason} ({code})</translation>
    </message>
    <message>
        <source>{reason}, campaign {campaign}</source>
        <translation>{reason}, campagna {campaign}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{address}&lt;/b&gt; is suppressed: {why}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{address}&lt;/b&gt; è escluso: {why}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No changes recorded for this address.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nessuna modifica registrata per questo indirizzo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{when} — Suppressed by {actor}: {reason}</source>
        <translation>{when} — Escluso da {actor}: {reason}</translation>
    </message>
    <message>
        <source>{when} — Un-suppressed by {actor}: {reason}</source>
        <translation>{when} — Riammesso da {actor}: {reason}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cronologia&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>footers_page</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Grassetto</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Corsivo</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Lin&amp;k…</translation>
    </message>
    <message>
        <source>U&amp;nsubscribe link</source>
        <translation>Link di &amp;disiscrizione</translation>
    </message>
    <message>
        <source>HTML s&amp;ource</source>
        <translation>S&amp;orgente HTML</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link address (a web address, or {{unsubscribe_url}} / {{manage_url}}):</source>
        <translation>Indirizzo del link (un indirizzo web, oppure {{unsubscribe_url}} / {{manage_url}}):</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Annulla l&apos;iscrizione</translation>
    </message>
    <message>
        <source>Empty: readers unsubscribe by e-mail to the bounce address</source>
        <translation>Vuoto: i lettori annullano l&apos;iscrizione con un&apos;e-mail all&apos;indirizzo dei rimbalzi</translation>
    </message>
    <message>
        <source>Empty: readers write to the bounce address</source>
        <translation>Vuoto: i lettori scrivono all&apos;indirizzo dei rimbalzi</translation>
    </message>
    <message>
        <source>&amp;Plain-text footer</source>
        <translation>Piè di pagina in &amp;testo semplice</translation>
    </message>
    <message>
        <source>Rich-te&amp;xt footer</source>
        <translation>Piè di pagina &amp;formattato</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe page</source>
        <translation>Pagina di disisc&amp;rizione</translation>
    </message>
    <message>
        <source>Optional: your own web page, with {{token}} where the reader&apos;s code goes, e.g. https://example.com/unsubscribe?t={{token}}</source>
        <translation>Facoltativo: una tua pagina web, con {{token}} dove va il codice del lettore, es. https://example.com/unsubscribe?t={{token}}</translation>
    </message>
    <message>
        <source>&amp;Manage page</source>
        <translation>Pagina di &amp;gestione</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; (with sample links)</source>
        <translation>&lt;b&gt;Anteprima&lt;/b&gt; (con link di esempio)</translation>
    </message>
    <message>
        <source>— the plain-text version —</source>
        <translation>— la versione in testo semplice —</translation>
    </message>
</context>
<context>
    <name>format_bar</name>
    <message>
        <source>Paragraph</source>
        <translation>Paragrafo</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titolo 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titolo 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titolo 3</translation>
    </message>
    <message>
        <source>Paragraph or heading</source>
        <translation>Paragrafo o titolo</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Stile del paragrafo</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Grassetto (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Corsivo (Ctrl+I)</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Sottolineato (Ctrl+U)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colore…</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Colore del testo</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Elenco</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Elenco</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Elenco numerato</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Allinea a sinistra</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>Allinea al centro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Allinea a destra</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Link the selected text (Ctrl+K)</source>
        <translation>Collega il testo selezionato (Ctrl+K)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Immagine…</translation>
    </message>
    <message>
        <source>Insert an image by its web address</source>
        <translation>Inserisci un&apos;immagine tramite il suo indirizzo web</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Web address (https://…) or a merge field such as {{manage_url}}:</source>
        <translation>Indirizzo web (https://…) o un campo dinamico come {{manage_url}}:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>The image&apos;s web address (https://…). Mail clients load it from there, so it must be public:</source>
        <translation>L&apos;indirizzo web dell&apos;immagine (https://…). I programmi di posta la caricano da lì, quindi deve essere pubblica:</translation>
    </message>
    <message>
        <source>Words shown where images are off:</source>
        <translation>Testo mostrato quando le immagini sono disattivate:</translation>
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
        <translation>Ricerca delle impostazioni per {domain}…</translation>
    </message>
    <message>
        <source>{domain} is not one of the common providers: Find settings looks it up on the internet.</source>
        <translation>{domain} non è tra i provider più comuni: Trova impostazioni le cerca su Internet.</translation>
    </message>
    <message>
        <source>Type the e-mail address first: its settings are looked up from it.</source>
        <translation>Inserisci prima l&apos;indirizzo e-mail: le impostazioni vengono cercate a partire da esso.</translation>
    </message>
    <message>
        <source>Found settings for {domain}</source>
        <translation>Impostazioni trovate per {domain}</translation>
    </message>
    <message>
        <source>Found settings for {provider}</source>
        <translation>Impostazioni trovate per {provider}</translation>
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
        <translation>nessuna cifratura</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
</context>
<context>
    <name>jobs_page</name>
    <message>
        <source>Job</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last run (UTC)</source>
        <translation>Ultima esecuzione (UTC)</translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation>Prossima esecuzione (UTC)</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Ultimo risultato</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <source>Generate campaign items</source>
        <translation>Genera voci delle campagne</translation>
    </message>
    <message>
        <source>Send campaign messages</source>
        <translation>Invia messaggi delle campagne</translation>
    </message>
    <message>
        <source>Send single messages (tests, autoresponders)</source>
        <translation>Invia messaggi singoli (prove, risposte autom.)</translation>
    </message>
    <message>
        <source>Mark campaigns completed</source>
        <translation>Chiudi le campagne completate</translation>
    </message>
    <message>
        <source>Queue autoresponder messages</source>
        <translation>Accoda messaggi delle risposte automatiche</translation>
    </message>
    <message>
        <source>Collect bounces</source>
        <translation>Raccogli i rimbalzi</translation>
    </message>
    <message>
        <source>The jobs send campaigns and single messages, mark campaigns completed and collect bounces. They run here while the window is open; on a machine left on (or from cron / Task Scheduler) run &lt;code&gt;newsletter-desk run-jobs&lt;/code&gt; instead.</source>
        <translation>Le attività inviano campagne e messaggi singoli, segnano le campagne come completate e raccolgono i rimbalzi. Vengono eseguite qui mentre la finestra è aperta; su un computer sempre acceso (o da cron / Utilità di pianificazione) eseguire invece &lt;code&gt;newsletter-desk run-jobs&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Run jobs while the window is open</source>
        <translation>Esegui le attività mentre la finestra è aperta</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Esegui ora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>The jobs&apos; state could not be read: {message}</source>
        <translation>Impossibile leggere lo stato delle attività: {message}</translation>
    </message>
    <message>
        <source>Jobs are running in this window because you sent something or pressed Run now; they stop when the window closes. Tick the box above to run them whenever the window is open.</source>
        <translation>Le attività sono in esecuzione in questa finestra perché è stato inviato qualcosa o premuto «Esegui ora»; si fermano alla chiusura della finestra. Selezionare la casella qui sopra per eseguirle ogni volta che la finestra è aperta.</translation>
    </message>
    <message>
        <source>Jobs are running in this window.</source>
        <translation>Le attività sono in esecuzione in questa finestra.</translation>
    </message>
    <message>
        <source>Jobs are not running in this window: they start when you send something, or tick the box above to run them whenever the window is open.</source>
        <translation>Le attività non sono in esecuzione in questa finestra: partono quando si invia qualcosa, oppure selezionare la casella qui sopra per eseguirle ogni volta che la finestra è aperta.</translation>
    </message>
    <message>
        <source>The scheduler stopped: {message}</source>
        <translation>Lo scheduler si è fermato: {message}</translation>
    </message>
</context>
<context>
    <name>lists_page</name>
    <message>
        <source>(skip this column)</source>
        <translation>(salta questa colonna)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>iscritto</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>disiscritto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Aggiungi contatto</translation>
    </message>
    <message>
        <source>company = Example Ltd
city = Lyon</source>
        <translation>azienda = Esempio S.r.l.
città = Lione</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>Indirizzo email:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Cognome:</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Altri campi:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Other columns become merge fields, e.g. {{company}}.</source>
        <translation>Scegliere cosa contiene ogni colonna del file. Le altre colonne diventano campi dinamici, ad es. {{company}}.</translation>
    </message>
    <message>
        <source>{column}:</source>
        <translation>{column}:</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Nuova lista…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>Search address or name</source>
        <translation>Cerca indirizzo o nome</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Altri campi</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Aggiungi contatto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Annulla iscrizione</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Rimuovi dalla lista</translation>
    </message>
    <message>
        <source>{name} ({subscribed})</source>
        <translation>{name} ({subscribed})</translation>
    </message>
    <message>
        <source>{subscribed} subscribed, {unsubscribed} unsubscribed</source>
        <translation>{subscribed} iscritti, {unsubscribed} disiscritti</translation>
    </message>
    <message>
        <source>No list yet: make one with “New list…” or import a CSV file.</source>
        <translation>Ancora nessuna lista: crearne una con «Nuova lista…» o importare un file CSV.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>{subscribed} subscribed, {unsubscribed} unsubscribed. Extra merge fields: {fields}.</source>
        <translation>{subscribed} iscritti, {unsubscribed} disiscritti. Campi dinamici aggiuntivi: {fields}.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Nuova lista</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nome della lista:</translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Rinomina lista</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Elimina lista</translation>
    </message>
    <message>
        <source>Delete the list “{name}”? Its contacts stay in your other lists and in campaigns already sent.</source>
        <translation>Eliminare la lista «{name}»? I suoi contatti restano nelle altre liste e nelle campagne già inviate.</translation>
    </message>
    <message>
        <source>Make a list first, then import into it.</source>
        <translation>Creare prima una lista, poi importarvi i contatti.</translation>
    </message>
    <message>
        <source>Lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Liste (*.csv *.tsv *.txt *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <source>Stopping after the rows being written…</source>
        <translation>Interruzione dopo le righe in scrittura…</translation>
    </message>
    <message>
        <source>Import cancelled: only the rows below were imported; the rest of the file was not. Import the file again to finish (contacts already in are only updated).</source>
        <translation>Importazione annullata: sono state importate solo le righe qui sotto, il resto del file no. Importare di nuovo il file per completare (i contatti già presenti vengono solo aggiornati).</translation>
    </message>
    <message>
        <source>Imported: every row of the file is in.</source>
        <translation>Importazione riuscita: tutte le righe del file sono presenti.</translation>
    </message>
    <message>
        <source>Imported, except the rows below (fix them in the file and import it again: the others are only updated).</source>
        <translation>Importazione riuscita, tranne le righe qui sotto (correggerle nel file e importarlo di nuovo: le altre vengono solo aggiornate).</translation>
    </message>
    <message>
        <source>The file was not imported: {message}</source>
        <translation>Il file non è stato importato: {message}</translation>
    </message>
    <message>
        <source>Import stopped: the rows written before it stopped are in, the rest of the file is not. Import the file again to finish.</source>
        <translation>Importazione interrotta: le righe scritte prima dell&apos;interruzione sono presenti, il resto del file no. Importare di nuovo il file per completare.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
</context>
<context>
    <name>log</name>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounce</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft bounce</translation>
    </message>
    <message>
        <source>Spam complaints</source>
        <translation>Segnalazioni di spam</translation>
    </message>
    <message>
        <source>Search address, code, reason, campaign or server message</source>
        <translation>Cerca indirizzo, codice, motivo, campagna o messaggio del server</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Show the original message…</source>
        <translation>Mostra il messaggio originale…</translation>
    </message>
    <message>
        <source>Un-suppress this address…</source>
        <translation>Riammetti questo indirizzo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this was decided&lt;/b&gt;</source>
        <translation>&lt;b&gt;Perché è stato deciso così&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s)</source>
        <translation>
            <numerusform>%n rimbalzo</numerusform>
            <numerusform>%n rimbalzi</numerusform>
        </translation>
    </message>
    <message>
        <source>No bounces recorded yet.</source>
        <translation>Nessun rimbalzo registrato finora.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n bounces (search to narrow down; Export writes all)</source>
        <translation>
            <numerusform>Il rimbalzo più recente (cercare per restringere; l&apos;esportazione li scrive tutti)</numerusform>
            <numerusform>I %n rimbalzi più recenti (cercare per restringere; l&apos;esportazione li scrive tutti)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a bounce to see why it was decided as it was.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selezionare un rimbalzo per vedere perché è stato deciso così.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bounce(s) to {path}.</source>
        <translation>
            <numerusform>%n rimbalzo esportato in {path}.</numerusform>
            <numerusform>%n rimbalzi esportati in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The original message was not kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il messaggio originale non è stato conservato.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bounce for {address}</source>
        <translation>Rimbalzo per {address}</translation>
    </message>
    <message>
        <source>Export the bounce log</source>
        <translation>Esporta il registro dei rimbalzi</translation>
    </message>
    <message>
        <source>bounces.csv</source>
        <translation>rimbalzi.csv</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Newsletter Desk</source>
        <translation>&amp;Informazioni su Newsletter Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la lingua del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Newsletter Desk will use {language} the next time it starts.</source>
        <translation>Al prossimo avvio Newsletter Desk userà {language}.</translation>
    </message>
    <message>
        <source>About Newsletter Desk</source>
        <translation>Informazioni su Newsletter Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsletter Desk {version}&lt;/h3&gt;&lt;p&gt;Send newsletters through your own SMTP server and keep your lists clean.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsletter Desk {version}&lt;/h3&gt;&lt;p&gt;Invio di newsletter tramite il proprio server SMTP, con liste sempre pulite.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>network_action</name>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>Smetti di attendere il server (Esc)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>4.x.x not in table: soft</source>
        <translation>4.x.x non in tabella: soft bounce</translation>
    </message>
    <message>
        <source>4.x.x not in table: soft (inferred from the text)</source>
        <translation>4.x.x non in tabella: soft bounce (dedotto dal testo)</translation>
    </message>
    <message>
        <source>4xx reply code</source>
        <translation>codice di risposta 4xx</translation>
    </message>
    <message>
        <source>5.x.x not in table: hard</source>
        <translation>5.x.x non in tabella: hard bounce</translation>
    </message>
    <message>
        <source>5.x.x not in table: hard (inferred from the text)</source>
        <translation>5.x.x non in tabella: hard bounce (dedotto dal testo)</translation>
    </message>
    <message>
        <source>5xx reply code</source>
        <translation>codice di risposta 5xx</translation>
    </message>
    <message>
        <source>A test email went to {to} through {host}.</source>
        <translation>Un&apos;email di prova è stata inviata a {to} tramite {host}.</translation>
    </message>
    <message>
        <source>Adding bounced addresses to the suppressed list…</source>
        <translation>Aggiunta degli indirizzi respinti alla lista dei soppressi…</translation>
    </message>
    <message>
        <source>Authentication failed: the server said {reply}. Check the user name and password.</source>
        <translation>Autenticazione non riuscita: il server ha risposto {reply}. Controlla nome utente e password.</translation>
    </message>
    <message>
        <source>Authentication failed: the server said “{reply}”. Check the user name and password.</source>
        <translation>Autenticazione non riuscita: il server ha risposto “{reply}”. Controlla nome utente e password.</translation>
    </message>
    <message>
        <source>Bounce collection is switched off for this mailbox.</source>
        <translation>La raccolta dei rimbalzi è disattivata per questa casella.</translation>
    </message>
    <message>
        <source>Cannot build the message: {because}</source>
        <translation>Impossibile creare il messaggio: {because}</translation>
    </message>
    <message>
        <source>Certificate not trusted for {host} ({reason}). If you trust this server anyway, untick “Verify the server certificate”.</source>
        <translation>Il certificato di {host} non è attendibile ({reason}). Se il server è comunque affidabile, deseleziona “Verifica il certificato del server”.</translation>
    </message>
    <message>
        <source>Certificate not trusted for {host}: it was issued for another server name. Use the name the certificate was made for.</source>
        <translation>Il certificato di {host} non è attendibile: è stato emesso per un altro nome di server. Usa il nome per cui è stato emesso il certificato.</translation>
    </message>
    <message>
        <source>Cleaning {file}</source>
        <translation>Pulizia di {file}</translation>
    </message>
    <message>
        <source>Connected to {host} on port {port} with {security} and logged in as {username}.</source>
        <translation>Connesso a {host} sulla porta {port} con {security} e autenticato come {username}.</translation>
    </message>
    <message>
        <source>Connected to {host} on port {port} with {security}.</source>
        <translation>Connesso a {host} sulla porta {port} con {security}.</translation>
    </message>
    <message>
        <source>Connection refused on port {port} by {host}: no mail service listens there. Check the port and the security setting.</source>
        <translation>Connessione rifiutata da {host} sulla porta {port}: nessun servizio di posta è in ascolto. Controlla la porta e l&apos;impostazione di sicurezza.</translation>
    </message>
    <message>
        <source>Could not talk to {host} on port {port}: {detail}.</source>
        <translation>Impossibile comunicare con {host} sulla porta {port}: {detail}.</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Its SMTP profile no longer exists.</source>
        <translation>Il profilo SMTP associato non esiste più.</translation>
    </message>
    <message>
        <source>Logged in to {host} ({protocol}, port {port}, {security}) as {username}. Messages in {folder}: {messages}.</source>
        <translation>Accesso a {host} ({protocol}, porta {port}, {security}) come {username}. Messaggi in {folder}: {messages}.</translation>
    </message>
    <message>
        <source>Logged in to {host} ({protocol}, port {port}, {security}) as {username}. Messages waiting: {messages}.</source>
        <translation>Accesso a {host} ({protocol}, porta {port}, {security}) come {username}. Messaggi in attesa: {messages}.</translation>
    </message>
    <message>
        <source>No answer from {host} on port {port} within {timeout} s. Check the server name and port, and that a firewall does not block the connection.</source>
        <translation>Nessuna risposta da {host} sulla porta {port} entro {timeout} s. Controlla nome del server e porta, e che un firewall non blocchi la connessione.</translation>
    </message>
    <message>
        <source>No password is stored for the bounce mailbox. Enter it and save.</source>
        <translation>Nessuna password salvata per la casella dei rimbalzi. Inseriscila e salva.</translation>
    </message>
    <message>
        <source>No password is stored for the profile “{profile}”. Enter it and save.</source>
        <translation>Nessuna password salvata per il profilo “{profile}”. Inseriscila e salva.</translation>
    </message>
    <message>
        <source>No settings were found for {domain}. Ask your mail provider for the server name, port and security, and type them in.</source>
        <translation>Nessuna impostazione trovata per {domain}. Chiedi al provider di posta nome del server, porta e sicurezza, e inseriscili.</translation>
    </message>
    <message>
        <source>Not sent: the address is on the suppressed list.</source>
        <translation>Non inviato: l&apos;indirizzo è nella lista di esclusione.</translation>
    </message>
    <message>
        <source>Not sent: the person unsubscribed.</source>
        <translation>Non inviato: la persona ha annullato l&apos;iscrizione.</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>Paused by the complaint guard: {complaints} of {delivered} delivered recipients reported it as spam ({rate}%), above the limit of {limit}%. Check the list and the message before you resume it.</source>
        <translation>Sospesa dalla protezione dalle segnalazioni di spam: {complaints} destinatari su {delivered} a cui è stata consegnata l&apos;hanno segnalata come spam ({rate}%), oltre il limite del {limit}%. Controlla la lista e il messaggio prima di riprendere la campagna.</translation>
    </message>
    <message>
        <source>Reading bounce files…</source>
        <translation>Lettura dei file di bounce…</translation>
    </message>
    <message>
        <source>Reading bounces: {file}</source>
        <translation>Lettura dei bounce: {file}</translation>
    </message>
    <message>
        <source>Reading {source}</source>
        <translation>Lettura di {source}</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>SMTP with {host} failed: {detail}</source>
        <translation>SMTP con {host} non riuscito: {detail}</translation>
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
        <translation>Salvataggio delle righe mantenute in “{list}”…</translation>
    </message>
    <message>
        <source>Sign in again to “{name}”: the sign-in has expired or was revoked.</source>
        <translation>Accedi di nuovo a “{name}”: l&apos;accesso è scaduto o è stato revocato.</translation>
    </message>
    <message>
        <source>Stopped after {rows} rows.</source>
        <translation>Interrotto dopo {rows} righe.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Interrotto dall&apos;utente.</translation>
    </message>
    <message>
        <source>The DNS did not answer for {domain} ({detail}), so its mail servers could not be looked up.</source>
        <translation>Il DNS non ha risposto per {domain} ({detail}), quindi non è stato possibile trovarne i server di posta.</translation>
    </message>
    <message>
        <source>The address is not ASCII and the server does not accept such addresses (no SMTPUTF8).</source>
        <translation>L&apos;indirizzo contiene caratteri non ASCII e il server non accetta indirizzi di questo tipo (niente SMTPUTF8).</translation>
    </message>
    <message>
        <source>The app stopped during this run.</source>
        <translation>L&apos;app si è chiusa durante questa esecuzione.</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent.</source>
        <translation>L&apos;app si è chiusa durante l&apos;invio di questo messaggio.</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent: it may or may not have gone out.</source>
        <translation>L&apos;app si è chiusa durante l&apos;invio di questo messaggio: potrebbe essere partito oppure no.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campagna non esiste più.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>La connessione con {host} si è interrotta ({detail}). Non è stato eliminato nulla che non fosse registrato; la prossima esecuzione riprende da qui.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while finishing ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>La connessione con {host} si è interrotta durante la chiusura ({detail}). Non è stato eliminato nulla che non fosse registrato; la prossima esecuzione riprende da qui.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while listing the messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>La connessione con {host} si è interrotta durante l&apos;elenco dei messaggi ({detail}). Non è stato eliminato nulla che non fosse registrato; la prossima esecuzione riprende da qui.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while marking recorded messages for deletion ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>La connessione con {host} si è interrotta mentre i messaggi registrati venivano contrassegnati per l&apos;eliminazione ({detail}). Non è stato eliminato nulla che non fosse registrato; la prossima esecuzione riprende da qui.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while reading messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>La connessione con {host} si è interrotta durante la lettura dei messaggi ({detail}). Non è stato eliminato nulla che non fosse registrato; la prossima esecuzione riprende da qui.</translation>
    </message>
    <message>
        <source>The connection to {host} was lost while removing recorded messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
        <translation>La connessione con {host} si è interrotta durante la rimozione dei messaggi registrati ({detail}). Non è stato eliminato nulla che non fosse registrato; la prossima esecuzione riprende da qui.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist on {host}. Use Load folders to pick one.</source>
        <translation>La cartella “{folder}” non esiste su {host}. Usa “Carica cartelle” per sceglierne una.</translation>
    </message>
    <message>
        <source>The keyring could not be read ({type}); is it locked? Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
        <translation>Impossibile leggere il portachiavi ({type}): è bloccato? Installa e sblocca un portachiavi: su Linux GNOME Keyring o KWallet (Secret Service); su Windows e macOS si usa il portachiavi di sistema. Fino ad allora le password vengono conservate solo per questa sessione e richieste di nuovo la volta successiva.</translation>
    </message>
    <message>
        <source>The mailbox is not open.</source>
        <translation>La casella non è aperta.</translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring ({type}).</source>
        <translation>Impossibile rimuovere la password dal portachiavi ({type}).</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring ({type}); is it locked? Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
        <translation>Impossibile salvare la password nel portachiavi ({type}): è bloccato? Installa e sblocca un portachiavi: su Linux GNOME Keyring o KWallet (Secret Service); su Windows e macOS si usa il portachiavi di sistema. Fino ad allora le password vengono conservate solo per questa sessione e richieste di nuovo la volta successiva.</translation>
    </message>
    <message>
        <source>The secure connection to {host} on port {port} failed ({reason}). Check that the security setting matches the port (SSL/TLS on 465, 993 and 995; STARTTLS or none on the others).</source>
        <translation>La connessione sicura con {host} sulla porta {port} non è riuscita ({reason}). Verifica che l&apos;impostazione di sicurezza corrisponda alla porta (SSL/TLS su 465, 993 e 995; STARTTLS o nessuna sulle altre).</translation>
    </message>
    <message>
        <source>The server name “{host}” could not be found. Check its spelling.</source>
        <translation>Il nome del server “{host}” non è stato trovato. Controllane l&apos;ortografia.</translation>
    </message>
    <message>
        <source>The server refused the message: it said {reply}.</source>
        <translation>Il server ha rifiutato il messaggio: ha risposto {reply}.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: it said “{reply}”. Sign in again, or check that the account may use this server.</source>
        <translation>Il server ha rifiutato l&apos;accesso: ha risposto “{reply}”. Accedi di nuovo o verifica che l&apos;account possa usare questo server.</translation>
    </message>
    <message>
        <source>The server refused {address}: it said {reply}.</source>
        <translation>Il server ha rifiutato {address}: ha risposto {reply}.</translation>
    </message>
    <message>
        <source>The settings file at {url} could not be read ({detail}); it was skipped.</source>
        <translation>Impossibile leggere il file di impostazioni all&apos;indirizzo {url} ({detail}); è stato ignorato.</translation>
    </message>
    <message>
        <source>The sign-in server {host} could not be reached or refused ({reply}). Try again later.</source>
        <translation>Il server di accesso {host} non è raggiungibile o ha rifiutato ({reply}). Riprova più tardi.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser. Try again.</source>
        <translation>L&apos;accesso non è stato completato nel browser. Riprova.</translation>
    </message>
    <message>
        <source>The stored DKIM key ({algorithm}) cannot be read; generate a new one on the profile&apos;s DKIM tab.</source>
        <translation>Impossibile leggere la chiave DKIM salvata ({algorithm}); generane una nuova nella scheda DKIM del profilo.</translation>
    </message>
    <message>
        <source>The unsubscribe service at {url} answered {status}: check its key; its requests are pulled next run.</source>
        <translation>Il servizio di disiscrizione all&apos;indirizzo {url} ha risposto {status}: controllane la chiave; le sue richieste verranno scaricate alla prossima esecuzione.</translation>
    </message>
    <message>
        <source>The unsubscribe service at {url} could not be reached ({detail}); its requests are pulled next run.</source>
        <translation>Il servizio di disiscrizione all&apos;indirizzo {url} non è raggiungibile ({detail}); le sue richieste verranno scaricate alla prossima esecuzione.</translation>
    </message>
    <message>
        <source>The {header} header holds a word too long for one line ({limit} characters at most).</source>
        <translation>L&apos;intestazione {header} contiene una parola troppo lunga per una sola riga (al massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The {header} must be on one line (it contains a line break).</source>
        <translation>L&apos;intestazione {header} deve stare su una sola riga (contiene un a capo).</translation>
    </message>
    <message>
        <source>The {provider} server name depends on your account&apos;s region: check it in the dashboard.</source>
        <translation>Il nome del server di {provider} dipende dalla regione dell&apos;account: verificalo nella dashboard.</translation>
    </message>
    <message>
        <source>This collection was left to the one running.</source>
        <translation>Questa raccolta è stata lasciata a quella già in corso.</translation>
    </message>
    <message>
        <source>Unexpected error while sending: {type}: {detail}</source>
        <translation>Errore imprevisto durante l&apos;invio: {type}: {detail}</translation>
    </message>
    <message>
        <source>With {provider} the user name is the word shown here and the password is an API key made in its dashboard.</source>
        <translation>Con {provider} il nome utente è la parola mostrata qui e la password è una chiave API creata nella sua dashboard.</translation>
    </message>
    <message>
        <source>a delay warning, delivery is still being tried: soft at most ({because})</source>
        <translation>un avviso di ritardo, la consegna è ancora in corso: al massimo soft bounce ({because})</translation>
    </message>
    <message>
        <source>a message must be bytes, not {type}</source>
        <translation>un messaggio deve essere in byte, non {type}</translation>
    </message>
    <message>
        <source>a quote opened here is never closed</source>
        <translation>una virgoletta aperta qui non viene mai chiusa</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>non si può leggere ({detail})</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>reclamo</translation>
    </message>
    <message>
        <source>complaint (feedback report)</source>
        <translation>segnalazione di spam (rapporto di feedback)</translation>
    </message>
    <message>
        <source>complaint ({diagnostic})</source>
        <translation>segnalazione di spam ({diagnostic})</translation>
    </message>
    <message>
        <source>complaint report</source>
        <translation>rapporto di segnalazione</translation>
    </message>
    <message>
        <source>complaint report (feedback type {feedback_type})</source>
        <translation>rapporto di segnalazione (tipo di feedback {feedback_type})</translation>
    </message>
    <message>
        <source>complaint: already suppressed</source>
        <translation>segnalazione di spam: già escluso</translation>
    </message>
    <message>
        <source>complaint: suppressed</source>
        <translation>segnalazione di spam: escluso</translation>
    </message>
    <message>
        <source>connection lost (no answer from the server in time) after the whole message was sent: it may or may not have arrived, so it is not sent again unless you choose to send uncertain messages</source>
        <translation>connessione persa (nessuna risposta in tempo dal server) dopo l&apos;invio dell&apos;intero messaggio: potrebbe essere arrivato oppure no, quindi non viene inviato di nuovo a meno che non si scelga di inviare i messaggi incerti</translation>
    </message>
    <message>
        <source>connection lost ({detail}) after the whole message was sent: it may or may not have arrived, so it is not sent again unless you choose to send uncertain messages</source>
        <translation>connessione persa ({detail}) dopo l&apos;invio dell&apos;intero messaggio: potrebbe essere arrivato oppure no, quindi non viene inviato di nuovo a meno che non si scelga di inviare i messaggi incerti</translation>
    </message>
    <message>
        <source>connection lost: no answer from the server in time</source>
        <translation>connessione persa: nessuna risposta in tempo dal server</translation>
    </message>
    <message>
        <source>connection lost: no answer from the server in time (gave up after {gave_up_after} attempts)</source>
        <translation>connessione persa: nessuna risposta in tempo dal server (abbandonato dopo {gave_up_after} tentativi)</translation>
    </message>
    <message>
        <source>connection lost: {detail}</source>
        <translation>connessione persa: {detail}</translation>
    </message>
    <message>
        <source>connection lost: {detail} (gave up after {gave_up_after} attempts)</source>
        <translation>connessione persa: {detail} (abbandonato dopo {gave_up_after} tentativi)</translation>
    </message>
    <message>
        <source>could not be classified ({type}: {detail})</source>
        <translation>impossibile da classificare ({type}: {detail})</translation>
    </message>
    <message>
        <source>counted {count} of {limit}</source>
        <translation>conteggio: {count} su {limit}</translation>
    </message>
    <message>
        <source>counted {count} of {limit}; already suppressed</source>
        <translation>conteggio: {count} su {limit}; già escluso</translation>
    </message>
    <message>
        <source>counted {count} of {limit}; suppressed</source>
        <translation>conteggio: {count} su {limit}; escluso</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <translation>hard bounce</translation>
    </message>
    <message>
        <source>hard bounce: already suppressed</source>
        <translation>hard bounce: già escluso</translation>
    </message>
    <message>
        <source>hard bounce: suppressed at once</source>
        <translation>hard bounce: escluso subito</translation>
    </message>
    <message>
        <source>message id</source>
        <translation>ID messaggio</translation>
    </message>
    <message>
        <source>message {ref}: a line longer than {megabytes} MB; left in the mailbox, not read</source>
        <translation>messaggio {ref}: una riga più lunga di {megabytes} MB; lasciato nella casella, non letto</translation>
    </message>
    <message>
        <source>message {ref}: unreadable</source>
        <translation>messaggio {ref}: illeggibile</translation>
    </message>
    <message>
        <source>message {ref}: {because}; left in place</source>
        <translation>messaggio {ref}: {because}; lasciato al suo posto</translation>
    </message>
    <message>
        <source>names only our own address: {addresses}</source>
        <translation>indica solo il nostro indirizzo: {addresses}</translation>
    </message>
    <message>
        <source>names only our own addresses: {addresses}</source>
        <translation>indica solo i nostri indirizzi: {addresses}</translation>
    </message>
    <message>
        <source>no campaign item to re-send; counted {count} of {limit}</source>
        <translation>nessun elemento della campagna da reinviare; conteggio: {count} su {limit}</translation>
    </message>
    <message>
        <source>no campaign item to re-send; counted {count} of {limit}; already suppressed</source>
        <translation>nessun elemento della campagna da reinviare; conteggio: {count} su {limit}; già escluso</translation>
    </message>
    <message>
        <source>no campaign item to re-send; counted {count} of {limit}; suppressed</source>
        <translation>nessun elemento della campagna da reinviare; conteggio: {count} su {limit}; escluso</translation>
    </message>
    <message>
        <source>no code: {row}</source>
        <translation>nessun codice: {row}</translation>
    </message>
    <message>
        <source>no code: {row} ({meaning})</source>
        <translation>nessun codice: {row} ({meaning})</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>nessun indirizzo e-mail</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>nessuna cifratura</translation>
    </message>
    <message>
        <source>no failed recipient found</source>
        <translation>nessun destinatario in errore trovato</translation>
    </message>
    <message>
        <source>no failed recipient named; the address of the campaign item found by {how}</source>
        <translation>nessun destinatario in errore indicato; l&apos;indirizzo dell&apos;elemento della campagna trovato tramite {how}</translation>
    </message>
    <message>
        <source>one hard bounce stops sending to an address: {status} ({reason})</source>
        <translation>un hard bounce interrompe l&apos;invio a un indirizzo: {status} ({reason})</translation>
    </message>
    <message>
        <source>re-send {number} of {of} after {at}</source>
        <translation>reinvio {number} di {of} dopo {at}</translation>
    </message>
    <message>
        <source>re-sends used up; counted {count} of {limit}</source>
        <translation>reinvii esauriti; conteggio: {count} su {limit}</translation>
    </message>
    <message>
        <source>re-sends used up; counted {count} of {limit}; already suppressed</source>
        <translation>reinvii esauriti; conteggio: {count} su {limit}; già escluso</translation>
    </message>
    <message>
        <source>re-sends used up; counted {count} of {limit}; suppressed</source>
        <translation>reinvii esauriti; conteggio: {count} su {limit}; escluso</translation>
    </message>
    <message>
        <source>removed from the command line</source>
        <translation>rimosso dalla riga di comando</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <translation>soft bounce</translation>
    </message>
    <message>
        <source>table row {row} ({meaning})</source>
        <translation>riga {row} della tabella ({meaning})</translation>
    </message>
    <message>
        <source>table row {row} ({meaning}) (inferred from the text)</source>
        <translation>riga {row} della tabella ({meaning}) (dedotto dal testo)</translation>
    </message>
    <message>
        <source>taken off the suppressed list by hand</source>
        <translation>tolto a mano dalla lista di esclusione</translation>
    </message>
    <message>
        <source>the first name is longer than {limit} characters</source>
        <translation>il nome supera i {limit} caratteri</translation>
    </message>
    <message>
        <source>the last name is longer than {limit} characters</source>
        <translation>il cognome supera i {limit} caratteri</translation>
    </message>
    <message>
        <source>the message cannot be read as mail: {detail}</source>
        <translation>il messaggio non può essere letto come e-mail: {detail}</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>il messaggio è vuoto</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>il nome supera i {limit} caratteri</translation>
    </message>
    <message>
        <source>tracking</source>
        <translation>tracciamento</translation>
    </message>
    <message>
        <source>{because} Trying again in {wait} s (attempt {attempt} of {attempts}).</source>
        <translation>{because} Nuovo tentativo tra {wait} s (tentativo {attempt} di {attempts}).</translation>
    </message>
    <message>
        <source>{count} bounces reached the threshold of {limit}; last: {status} ({reason})</source>
        <translation>{count} rimbalzi hanno raggiunto la soglia di {limit}; ultimo: {status} ({reason})</translation>
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
        <translation>{domain} non è nella tabella dei provider più comuni. Cerca online o inserisci a mano le impostazioni del server.</translation>
    </message>
    <message>
        <source>{done} messages read</source>
        <translation>{done} messaggi letti</translation>
    </message>
    <message>
        <source>{done} of {total} messages read</source>
        <translation>{done} di {total} messaggi letti</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} non esiste.</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <source>{host} answered on port {port} ({kind}, {security}).</source>
        <translation>{host} ha risposto sulla porta {port} ({kind}, {security}).</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port} before answering. If the port expects SSL/TLS from the start (usually 465), choose SSL/TLS.</source>
        <translation>{host} ha chiuso la connessione sulla porta {port} prima di rispondere. Se la porta richiede SSL/TLS fin dall&apos;inizio (di solito la 465), scegli SSL/TLS.</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port} unexpectedly.</source>
        <translation>{host} ha chiuso inaspettatamente la connessione sulla porta {port}.</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port}.</source>
        <translation>{host} ha chiuso la connessione sulla porta {port}.</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port}. If this port expects SSL/TLS from the start (usually 993 for IMAP, 995 for POP3), choose SSL/TLS.</source>
        <translation>{host} ha chiuso la connessione sulla porta {port}. Se questa porta richiede SSL/TLS fin dall&apos;inizio (di solito 993 per IMAP, 995 per POP3), scegli SSL/TLS.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS for POP3 on port {port}.</source>
        <translation>{host} non offre STARTTLS per POP3 sulla porta {port}.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS on port {port}.</source>
        <translation>{host} non offre STARTTLS sulla porta {port}.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS on port {port}. Choose SSL/TLS (port 465) or, only on a trusted network, no encryption.</source>
        <translation>{host} non offre STARTTLS sulla porta {port}. Scegli SSL/TLS (porta 465) oppure, solo su una rete affidabile, nessuna crittografia.</translation>
    </message>
    <message>
        <source>{host} does not offer authentication (AUTH) on port {port}.</source>
        <translation>{host} non offre l&apos;autenticazione (AUTH) sulla porta {port}.</translation>
    </message>
    <message>
        <source>{host} does not offer authentication (AUTH) on port {port}. Many servers offer it only over an encrypted connection: choose STARTTLS or SSL/TLS.</source>
        <translation>{host} non offre l&apos;autenticazione (AUTH) sulla porta {port}. Molti server la offrono solo su una connessione cifrata: scegli STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <source>{host} offers neither UIDPLUS (UID EXPUNGE) nor MOVE, and another mail program has marked messages deleted in “{folder}”: expunging would remove those too, so recorded messages were only marked deleted. They are removed when that program empties the folder; the next run does not count them again.</source>
        <translation>{host} non supporta né UIDPLUS (UID EXPUNGE) né MOVE, e un altro programma di posta ha contrassegnato come eliminati alcuni messaggi in “{folder}”: l&apos;expunge rimuoverebbe anche quelli, quindi i messaggi registrati sono stati solo contrassegnati come eliminati. Verranno rimossi quando quel programma svuoterà la cartella; la prossima esecuzione non li conterà di nuovo.</translation>
    </message>
    <message>
        <source>{host} refused the connection: the server said {reply}.</source>
        <translation>{host} ha rifiutato la connessione: il server ha risposto {reply}.</translation>
    </message>
    <message>
        <source>{host} refused to list the messages: {reply}</source>
        <translation>{host} ha rifiutato di elencare i messaggi: {reply}</translation>
    </message>
    <message>
        <source>{host} refused to move messages to “{folder}”: {reply}</source>
        <translation>{host} ha rifiutato di spostare i messaggi in “{folder}”: {reply}</translation>
    </message>
    <message>
        <source>{host} refused to send messages: {reply}</source>
        <translation>{host} ha rifiutato di trasmettere i messaggi: {reply}</translation>
    </message>
    <message>
        <source>{host} refused: the server said {reply}.</source>
        <translation>{host} ha rifiutato: il server ha risposto {reply}.</translation>
    </message>
    <message>
        <source>{host} refused: {reply}</source>
        <translation>{host} ha rifiutato: {reply}</translation>
    </message>
    <message>
        <source>{kind} found by list cleanup in {file}</source>
        <translation>{kind} trovato dalla pulizia della lista in {file}</translation>
    </message>
    <message>
        <source>{profile}: DKIM signing is on but its key is not in the keyring, so nothing was sent unsigned. Generate a key on the profile&apos;s DKIM tab, or turn signing off.</source>
        <translation>{profile}: la firma DKIM è attiva ma la chiave non è nel portachiavi, quindi non è stato inviato nulla senza firma. Genera una chiave nella scheda DKIM del profilo oppure disattiva la firma.</translation>
    </message>
    <message>
        <source>{profile}: {because}</source>
        <translation>{profile}: {because}</translation>
    </message>
    <message>
        <source>{provider} may refuse your account password here: make an app password in the account&apos;s security settings and use that.</source>
        <translation>{provider} potrebbe rifiutare qui la password dell&apos;account: crea una password per le app nelle impostazioni di sicurezza dell&apos;account e usa quella.</translation>
    </message>
    <message>
        <source>{provider} only sends mail: read bounces from a mailbox of your own.</source>
        <translation>{provider} si limita a inviare la posta: leggi i rimbalzi da una casella propria.</translation>
    </message>
    <message>
        <source>{provider} uses SMTP credentials made in its dashboard: the user name and password are not your login.</source>
        <translation>{provider} usa credenziali SMTP create nella sua dashboard: nome utente e password non sono quelli di accesso all&apos;account.</translation>
    </message>
    <message>
        <source>{ref}: unreadable</source>
        <translation>{ref}: illeggibile</translation>
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
        <translation>{reply} (abbandonato dopo {gave_up_after} tentativi)</translation>
    </message>
    <message>
        <source>{reply} (soft failure, re-send {resend} of {of})</source>
        <translation>{reply} (errore temporaneo, reinvio {resend} di {of})</translation>
    </message>
    <message>
        <source>{reply} ({type})</source>
        <translation>{reply} ({type})</translation>
    </message>
    <message>
        <source>{rows} rows read.</source>
        <translation>{rows} righe lette.</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>{rows} righe lette…</translation>
    </message>
    <message>
        <source>{status} not in table: row {row} ({meaning})</source>
        <translation>{status} non in tabella: riga {row} ({meaning})</translation>
    </message>
    <message>
        <source>{status} not in table: row {row} ({meaning}) (inferred from the text)</source>
        <translation>{status} non in tabella: riga {row} ({meaning}) (dedotto dal testo)</translation>
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
        <translation>valori: {values}, ma la prima riga nomina colonne: {columns}</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address: {detail}</source>
        <translation>“{address}” non è un indirizzo e-mail valido: {detail}</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” non è un indirizzo e-mail.</translation>
    </message>
</context>
<context>
    <name>number_field</name>
    <message>
        <source>{low} to {high}; 0: {meaning}</source>
        <translation>da {low} a {high}; 0: {meaning}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>da {low} a {high}</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Inserisci un numero.</translation>
    </message>
    <message>
        <source>“{text}” is not a number: type digits only, such as {example}.</source>
        <translation>«{text}» non è un numero: digita solo cifre, ad esempio {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number: type digits only, such as {example}.</source>
        <translation>«{text}» non è un numero intero: digita solo cifre, ad esempio {example}.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}; {number} is too large.</source>
        <translation>Inserisci un numero da {low} a {high}; {number} è troppo grande.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}; {number} is too small.</source>
        <translation>Inserisci un numero da {low} a {high}; {number} è troppo piccolo.</translation>
    </message>
</context>
<context>
    <name>oauth_sign_in</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Accedi con Microsoft</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Accedi con Google</translation>
    </message>
    <message>
        <source>Not signed in yet: press Sign in…</source>
        <translation>Accesso non ancora effettuato: premi Accedi…</translation>
    </message>
    <message>
        <source>Log in &amp;by</source>
        <translation>Accesso &amp;tramite</translation>
    </message>
    <message>
        <source>Client ID (app &amp;key)</source>
        <translation>ID client (&amp;chiave dell&apos;app)</translation>
    </message>
    <message>
        <source>Organi&amp;zation (tenant)</source>
        <translation>Organi&amp;zzazione (tenant)</translation>
    </message>
    <message>
        <source>e.g. 0f3c9a1e-…</source>
        <translation>es. 0f3c9a1e-…</translation>
    </message>
    <message>
        <source>common (any work or school account)</source>
        <translation>common (qualsiasi account aziendale o scolastico)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Sign in with a code…</source>
        <translation>Accedi con un codice…</translation>
    </message>
    <message>
        <source>When the browser cannot return to this computer (a remote desktop, a locked-down browser): sign in on any device with a short code.</source>
        <translation>Quando il browser non può tornare a questo computer (un desktop remoto, un browser bloccato): accedi da qualsiasi dispositivo con un codice breve.</translation>
    </message>
    <message>
        <source>The client ID of your own app registration. &lt;a href=&quot;{guide}&quot;&gt;How to get one&lt;/a&gt;</source>
        <translation>L&apos;ID client della tua registrazione dell&apos;app. &lt;a href=&quot;{guide}&quot;&gt;Come ottenerlo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain or ID, or leave empty.</source>
        <translation>Il dominio o l&apos;ID della tua organizzazione, oppure lascia vuoto.</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <translation>Accesso effettuato come {account}.</translation>
    </message>
    <message>
        <source>Sign in again: the sign-in has expired or was revoked.</source>
        <translation>Accedi di nuovo: l&apos;accesso è scaduto o è stato revocato.</translation>
    </message>
    <message>
        <source>Enter the client ID of your app registration (see the guide).</source>
        <translation>Inserisci l&apos;ID client della registrazione dell&apos;app (vedi la guida).</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>In attesa del browser…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Completa l&apos;accesso nel browser…</translation>
    </message>
    <message>
        <source>Asking Microsoft for a code…</source>
        <translation>Richiesta di un codice a Microsoft…</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation>In attesa dell&apos;inserimento del codice…</translation>
    </message>
    <message numerus="yes">
        <source>On any device, open {link} and enter the code {code} (valid for %n minute(s)).</source>
        <translation>
            <numerusform>Su qualsiasi dispositivo apri {link} e inserisci il codice {code} (valido per %n minuto).</numerusform>
            <numerusform>Su qualsiasi dispositivo apri {link} e inserisci il codice {code} (valido per %n minuti).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as {account}. Press Save to keep it.</source>
        <translation>Accesso effettuato come {account}. Premi Salva per mantenerlo.</translation>
    </message>
</context>
<context>
    <name>overview_page</name>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Pianificate</translation>
    </message>
    <message>
        <source>Next job runs</source>
        <translation>Prossime esecuzioni delle attività</translation>
    </message>
    <message>
        <source>Recent campaigns</source>
        <translation>Campagne recenti</translation>
    </message>
    <message>
        <source>Your list, last 30 days</source>
        <translation>La lista, ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Bounce rate: recipients who bounced among those sent to</source>
        <translation>Tasso di rimbalzo: destinatari con rimbalzo tra quelli a cui è stato inviato</translation>
    </message>
    <message>
        <source>Complaint rate: recipients who reported spam. Gmail wants it below 0.1% and refuses mail from 0.3%.</source>
        <translation>Tasso di segnalazioni di spam: destinatari che hanno segnalato spam. Gmail lo vuole sotto lo 0,1% e rifiuta la posta dallo 0,3%.</translation>
    </message>
    <message>
        <source>The figures could not be read: {error}</source>
        <translation>Impossibile leggere i dati: {error}</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nulla richiede attenzione.</translation>
    </message>
    <message>
        <source>No campaign is being sent.</source>
        <translation>Nessuna campagna in invio.</translation>
    </message>
    <message>
        <source>No campaign is scheduled.</source>
        <translation>Nessuna campagna pianificata.</translation>
    </message>
    <message>
        <source>0.1%: Gmail&apos;s warning line</source>
        <translation>0,1%: soglia di avviso di Gmail</translation>
    </message>
    <message>
        <source>0.3%: Gmail refuses mail</source>
        <translation>0,3%: Gmail rifiuta la posta</translation>
    </message>
    <message>
        <source>No campaign has been sent yet.</source>
        <translation>Nessuna campagna è stata ancora inviata.</translation>
    </message>
    <message>
        <source>Click a column to open that campaign.</source>
        <translation>Fai clic su una colonna per aprire la campagna.</translation>
    </message>
</context>
<context>
    <name>overview_words</name>
    <message>
        <source>Generate campaign items</source>
        <translation>Genera i destinatari delle campagne</translation>
    </message>
    <message>
        <source>Send campaign messages</source>
        <translation>Invia i messaggi delle campagne</translation>
    </message>
    <message>
        <source>Send single messages (tests, autoresponders)</source>
        <translation>Invia messaggi singoli (invii di prova, risposte automatiche)</translation>
    </message>
    <message>
        <source>Mark campaigns completed</source>
        <translation>Segna le campagne come completate</translation>
    </message>
    <message>
        <source>Queue autoresponder messages</source>
        <translation>Metti in coda i messaggi di risposta automatica</translation>
    </message>
    <message>
        <source>Collect bounces</source>
        <translation>Raccogli i rimbalzi</translation>
    </message>
    <message>
        <source>“{campaign}” paused itself: too many recipients reported it as spam. Open it to decide whether to resume.</source>
        <translation>«{campaign}» si è messa in pausa: troppi destinatari l&apos;hanno segnalata come spam. Aprila per decidere se riprendere l&apos;invio.</translation>
    </message>
    <message>
        <source>The last run of “{job}” failed. See the Jobs page for the error.</source>
        <translation>L&apos;ultima esecuzione di «{job}» non è riuscita. L&apos;errore è nella pagina Attività.</translation>
    </message>
    <message>
        <source>Bounces waiting for your review: {count}. They could not be matched to a recipient.</source>
        <translation>Rimbalzi in attesa di verifica: {count}. Non è stato possibile associarli a un destinatario.</translation>
    </message>
    <message>
        <source>SMTP profile “{name}” is not signed in: sending through it will fail until you sign in again.</source>
        <translation>Il profilo SMTP «{name}» non ha un accesso attivo: l&apos;invio tramite questo profilo non riuscirà finché non si accede di nuovo.</translation>
    </message>
    <message>
        <source>The password of SMTP profile “{name}” is not in the keyring: sending through it will fail.</source>
        <translation>La password del profilo SMTP «{name}» non è nel portachiavi: l&apos;invio tramite questo profilo non riuscirà.</translation>
    </message>
    <message>
        <source>The bounce mailbox ({name}) is not signed in: bounces are not collected until you sign in again.</source>
        <translation>La casella dei rimbalzi ({name}) non ha un accesso attivo: i rimbalzi non vengono raccolti finché non si accede di nuovo.</translation>
    </message>
    <message>
        <source>The password of the bounce mailbox ({name}) is not in the keyring: bounces are not collected.</source>
        <translation>La password della casella dei rimbalzi ({name}) non è nel portachiavi: i rimbalzi non vengono raccolti.</translation>
    </message>
    <message>
        <source>Sent {sent} of {total}</source>
        <translation>Inviati {sent} su {total}</translation>
    </message>
    <message>
        <source>{campaign} — starts {when}</source>
        <translation>{campaign} — inizia il {when}</translation>
    </message>
    <message>
        <source>{campaign}: {rate} bounced ({bounced} of {sent} recipients sent to)</source>
        <translation>{campaign}: {rate} di rimbalzi ({bounced} su {sent} destinatari a cui è stato inviato)</translation>
    </message>
    <message>
        <source>{campaign}: {rate} reported as spam ({complained} of {delivered} delivered)</source>
        <translation>{campaign}: {rate} di segnalazioni di spam ({complained} su {delivered} consegnati)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>next at {when}</source>
        <translation>prossima il {when}</translation>
    </message>
    <message>
        <source>when there is work</source>
        <translation>quando c&apos;è del lavoro</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>da eseguire ora</translation>
    </message>
    <message>
        <source>due when jobs run</source>
        <translation>da eseguire quando le attività sono attive</translation>
    </message>
    <message>
        <source>{job}: {next_run}</source>
        <translation>{job}: {next_run}</translation>
    </message>
    <message>
        <source>Suppressed
{count} now</source>
        <translation>Esclusi
ora {count}</translation>
    </message>
    <message>
        <source>Unsubscribed
{count} now</source>
        <translation>Disiscritti
ora {count}</translation>
    </message>
    <message>
        <source>Over the last {days} days: suppressed addresses from {s_first} to {s_last}, unsubscribed addresses from {u_first} to {u_last}.</source>
        <translation>Negli ultimi {days} giorni: indirizzi esclusi da {s_first} a {s_last}, indirizzi disiscritti da {u_first} a {u_last}.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>{when} ({state})</source>
        <translation>{when} ({state})</translation>
    </message>
    <message>
        <source>none until the bounce mailbox is set up</source>
        <translation>nessuna finché la casella dei rimbalzi non è configurata</translation>
    </message>
    <message>
        <source>not scheduled yet; press Collect now to read the mailbox</source>
        <translation>non ancora pianificata; premere «Raccogli ora» per leggere la casella</translation>
    </message>
    <message numerus="yes">
        <source>about {when} (bounces are collected every %n minute(s))</source>
        <translation>
            <numerusform>verso {when} (i rimbalzi vengono raccolti ogni minuto)</numerusform>
            <numerusform>verso {when} (i rimbalzi vengono raccolti ogni %n minuti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run: {last}   ·   Next run: {next}</source>
        <translation>Ultima esecuzione: {last}   ·   Prossima: {next}</translation>
    </message>
    <message>
        <source>Mail that could not be delivered comes back to your bounce mailbox. Newsletter Desk reads it, records each bounce with its reason, and stops sending to addresses that keep bouncing or complained: they go on the suppressed list.</source>
        <translation>La posta che non è stata consegnata torna nella casella dei rimbalzi. Newsletter Desk la legge, registra ogni rimbalzo con il suo motivo e smette di inviare agli indirizzi che continuano a rimbalzare o che hanno inviato una segnalazione di spam: finiscono nella lista di esclusione.</translation>
    </message>
    <message>
        <source>Bounce log</source>
        <translation>Registro rimbalzi</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>Indirizzi esclusi</translation>
    </message>
    <message>
        <source>Collection runs</source>
        <translation>Raccolte</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Da esaminare</translation>
    </message>
    <message>
        <source>Collecting bounces</source>
        <translation>Raccolta dei rimbalzi</translation>
    </message>
    <message>
        <source>Collect now</source>
        <translation>Raccogli ora</translation>
    </message>
    <message>
        <source>Read the bounce mailbox now instead of waiting for the next scheduled run.</source>
        <translation>Legge subito la casella dei rimbalzi invece di attendere la prossima esecuzione pianificata.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop collecting (Esc)</source>
        <translation>Interrompi la raccolta (Esc)</translation>
    </message>
    <message>
        <source>Needs review ({count})</source>
        <translation>Da esaminare ({count})</translation>
    </message>
    <message>
        <source>Suppressed addresses ({count})</source>
        <translation>Indirizzi esclusi ({count})</translation>
    </message>
    <message>
        <source>That could not be saved: {reason}</source>
        <translation>Impossibile salvare: {reason}</translation>
    </message>
    <message>
        <source>{address} is not on the suppressed list.</source>
        <translation>{address} non è nella lista di esclusione.</translation>
    </message>
    <message>
        <source>{address} is no longer suppressed: campaigns are sent to it again.</source>
        <translation>{address} non è più escluso: riceve di nuovo le campagne.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connessione a {host}…</translation>
    </message>
    <message>
        <source>Stopping after the messages being read now are recorded…</source>
        <translation>Interruzione dopo la registrazione dei messaggi in lettura…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n message(s) read — {hard} hard and {soft} soft bounces, {complaints} complaints, {suppressed} addresses newly suppressed.</source>
        <translation>
            <numerusform>Fatto: %n messaggio letto — {hard} hard bounce e {soft} soft bounce, {complaints} segnalazioni di spam, {suppressed} indirizzi appena esclusi.</numerusform>
            <numerusform>Fatto: %n messaggi letti — {hard} hard bounce e {soft} soft bounce, {complaints} segnalazioni di spam, {suppressed} indirizzi appena esclusi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} %n bounce(s) named no address of yours: see Needs review.</source>
        <translation>
            <numerusform>{done} %n rimbalzo non indicava nessuno dei propri indirizzi: vedi «Da esaminare».</numerusform>
            <numerusform>{done} %n rimbalzi non indicavano nessuno dei propri indirizzi: vedi «Da esaminare».</numerusform>
        </translation>
    </message>
    <message>
        <source>Bounces could not be collected: {reason}</source>
        <translation>Impossibile raccogliere i rimbalzi: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was read so far is recorded; the other messages stay in the mailbox for the next run.</source>
        <translation>Interrotto. Quanto letto finora è registrato; gli altri messaggi restano nella casella per la prossima esecuzione.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Autoresponders</source>
        <translation>Risposte automatiche</translation>
    </message>
    <message>
        <source>Bounce codes</source>
        <translation>Codici di rimbalzo</translation>
    </message>
    <message>
        <source>Bounce handling</source>
        <translation>Gestione dei rimbalzi</translation>
    </message>
    <message>
        <source>Bounce mailbox</source>
        <translation>Casella dei rimbalzi</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rimbalzi</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Clean a list</source>
        <translation>Pulisci una lista</translation>
    </message>
    <message>
        <source>Complaint guard</source>
        <translation>Protezione dalle segnalazioni</translation>
    </message>
    <message>
        <source>Exclusion policy</source>
        <translation>Criterio di esclusione</translation>
    </message>
    <message>
        <source>Footers</source>
        <translation>Piè di pagina</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Lists and contacts</source>
        <translation>Liste e contatti</translation>
    </message>
    <message>
        <source>Sending checks</source>
        <translation>Controlli di invio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>SMTP profiles</source>
        <translation>Profili SMTP</translation>
    </message>
    <message>
        <source>Data and passwords</source>
        <translation>Dati e password</translation>
    </message>
    <message>
        <source>Unsubscribe service</source>
        <translation>Servizio di disiscrizione</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
</context>
<context>
    <name>password_field</name>
    <message>
        <source>No system keyring is available. Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
        <translation>Nessun portachiavi di sistema disponibile. Installa e sblocca un portachiavi: su Linux GNOME Keyring o KWallet (Secret Service); su Windows e macOS si usa il portachiavi di sistema. Fino ad allora le password vengono conservate solo per questa sessione e richieste di nuovo la volta successiva.</translation>
    </message>
    <message>
        <source>Passwords are stored in the macOS Keychain.</source>
        <translation>Le password sono salvate nel Portachiavi di macOS.</translation>
    </message>
    <message>
        <source>Passwords are stored in the Windows Credential Manager.</source>
        <translation>Le password sono salvate in Gestione credenziali di Windows.</translation>
    </message>
    <message>
        <source>Passwords are stored in KWallet.</source>
        <translation>Le password sono salvate in KWallet.</translation>
    </message>
    <message>
        <source>Passwords are stored in the system keyring (Secret Service).</source>
        <translation>Le password sono salvate nel portachiavi di sistema (Secret Service).</translation>
    </message>
    <message>
        <source>Passwords are stored in the system keyring.</source>
        <translation>Le password sono salvate nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Password stored in the system keyring — type to replace it</source>
        <translation>Password salvata nel portachiavi di sistema — digita per sostituirla</translation>
    </message>
    <message>
        <source>Password kept for this session only — type to replace it</source>
        <translation>Password conservata solo per questa sessione — digita per sostituirla</translation>
    </message>
    <message>
        <source>Enter the password</source>
        <translation>Inserisci la password</translation>
    </message>
    <message>
        <source>Password stored in the system keyring.</source>
        <translation>Password salvata nel portachiavi di sistema.</translation>
    </message>
</context>
<context>
    <name>progress_words</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Preparing recipients…</source>
        <translation>Preparazione dei destinatari…</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Pronta per l&apos;invio</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed</source>
        <translation>
            <numerusform>%n escluso</numerusform>
            <numerusform>%n esclusi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed</source>
        <translation>
            <numerusform>%n disiscritto</numerusform>
            <numerusform>%n disiscritti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es)</source>
        <translation>
            <numerusform>%n indirizzo non valido</numerusform>
            <numerusform>%n indirizzi non validi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incerto</numerusform>
            <numerusform>%n incerti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-send(s) due</source>
        <translation>
            <numerusform>%n nuovo invio previsto</numerusform>
            <numerusform>%n nuovi invii previsti</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sent {sent} · deferred {deferred} · failed {failed} · remaining {remaining}</source>
        <translation>Inviati {sent} · rinviati {deferred} · non riusciti {failed} · rimanenti {remaining}</translation>
    </message>
    <message numerus="yes">
        <source>%n on more than one list (sent once)</source>
        <translation>
            <numerusform>%n in più liste (inviato una volta)</numerusform>
            <numerusform>%n in più liste (inviati una volta)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>Esclusi: {reasons}</translation>
    </message>
    <message>
        <source>Rate: {rate} per minute</source>
        <translation>Tasso: {rate} al minuto</translation>
    </message>
    <message>
        <source>Today: {used} of {limit} messages the profile may send per day</source>
        <translation>Oggi: {used} di {limit} messaggi che il profilo può inviare al giorno</translation>
    </message>
    <message>
        <source>less than a day of the daily rate</source>
        <translation>meno di un giorno del tasso giornaliero</translation>
    </message>
    <message>
        <source>{days} days of the daily rate</source>
        <translation>{days} giorni del tasso giornaliero</translation>
    </message>
    <message numerus="yes">
        <source>Expected to finish {time}, using {days} (%n sending day(s))</source>
        <translation>
            <numerusform>Fine prevista il {time}, usando {days} (%n giorno di invio)</numerusform>
            <numerusform>Fine prevista il {time}, usando {days} (%n giorni di invio)</numerusform>
        </translation>
    </message>
    <message>
        <source>{provider}: slowed down at {time} to {percent} of its pace (throttling replies: {count})</source>
        <translation>{provider}: rallentato il {time} al {percent} del suo ritmo (risposte «troppo veloce»: {count})</translation>
    </message>
    <message>
        <source>Warm-up starts {first}; until then messages a day at most: {rate}</source>
        <translation>Il riscaldamento inizia il {first}; fino ad allora messaggi al giorno al massimo: {rate}</translation>
    </message>
    <message>
        <source>Warm-up: day {day} of {days}, the last {last}</source>
        <translation>Riscaldamento: giorno {day} di {days}, l&apos;ultimo il {last}</translation>
    </message>
    <message>
        <source>Send window closed: sending resumes {time}</source>
        <translation>Fascia di invio chiusa: l&apos;invio riprende {time}</translation>
    </message>
    <message>
        <source>Complaints: none yet, nothing delivered</source>
        <translation>Segnalazioni di spam: nessuna, niente consegnato</translation>
    </message>
    <message>
        <source>Complaints: {complaints} of {delivered} delivered ({percent}), at or past Gmail&apos;s 0.3% line: mail providers start refusing it</source>
        <translation>Segnalazioni di spam: {complaints} su {delivered} consegnati ({percent}), pari o oltre la soglia dello 0,3% di Gmail: i provider di posta iniziano a rifiutarla</translation>
    </message>
    <message>
        <source>Complaints: {complaints} of {delivered} delivered ({percent}), past Gmail&apos;s 0.1% line: watch it</source>
        <translation>Segnalazioni di spam: {complaints} su {delivered} consegnati ({percent}), oltre la soglia dello 0,1% di Gmail: tienilo d&apos;occhio</translation>
    </message>
    <message>
        <source>Complaints: {complaints} of {delivered} delivered ({percent}), below Gmail&apos;s 0.1% line</source>
        <translation>Segnalazioni di spam: {complaints} su {delivered} consegnati ({percent}), sotto la soglia dello 0,1% di Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have gone out. They are not re-sent unless you choose to (“Send uncertain”).</source>
        <translation>
            <numerusform>%n messaggio potrebbe essere partito o no. Non viene reinviato se non lo si sceglie («Invia incerti»).</numerusform>
            <numerusform>%n messaggi potrebbero essere partiti o no. Non vengono reinviati se non lo si sceglie («Invia incerti»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>These bounces name no failed recipient that Newsletter Desk could find (or only your own addresses), so nothing was counted and they were left in the bounce mailbox. Read one, then assign the address it is about — it is counted like any bounce for that address — or dismiss it. Either way the next collection removes it from the mailbox.</source>
        <translation>Questi rimbalzi non indicano alcun destinatario non riuscito che Newsletter Desk abbia potuto trovare (o solo i propri indirizzi), quindi non è stato conteggiato nulla e sono rimasti nella casella dei rimbalzi. Leggerne uno, quindi assegnare l&apos;indirizzo a cui si riferisce — viene conteggiato come qualsiasi rimbalzo per quell&apos;indirizzo — oppure ignorarlo. In entrambi i casi la prossima raccolta lo rimuove dalla casella.</translation>
    </message>
    <message>
        <source>Select a bounce to read it.</source>
        <translation>Selezionare un rimbalzo per leggerlo.</translation>
    </message>
    <message>
        <source>Assign address…</source>
        <translation>Assegna indirizzo…</translation>
    </message>
    <message>
        <source>Say which address this bounce is about; it is counted like any bounce for that address.</source>
        <translation>Indicare a quale indirizzo si riferisce questo rimbalzo; viene conteggiato come qualsiasi rimbalzo per quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Count nothing for this bounce; the next collection removes it from the mailbox.</source>
        <translation>Non conteggiare nulla per questo rimbalzo; la prossima raccolta lo rimuove dalla casella.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The message as it arrived&lt;/b&gt;</source>
        <translation>&lt;b&gt;Il messaggio così come è arrivato&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) waiting for you.</source>
        <translation>
            <numerusform>%n rimbalzo in attesa di revisione.</numerusform>
            <numerusform>%n rimbalzi in attesa di revisione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs review: every bounce named an address it was about.</source>
        <translation>Niente da esaminare: ogni rimbalzo indicava l&apos;indirizzo a cui si riferiva.</translation>
    </message>
    <message>
        <source>The text of this message was not kept.</source>
        <translation>Il testo di questo messaggio non è stato conservato.</translation>
    </message>
    <message>
        <source>The bounce was counted for {address}: {outcomes}. The next collection removes it from the mailbox.</source>
        <translation>Il rimbalzo è stato conteggiato per {address}: {outcomes}. La prossima raccolta lo rimuove dalla casella.</translation>
    </message>
    <message>
        <source>Dismissed: nothing was counted; the next collection removes the message from the mailbox.</source>
        <translation>Ignorato: non è stato conteggiato nulla; la prossima raccolta rimuove il messaggio dalla casella.</translation>
    </message>
</context>
<context>
    <name>reviews</name>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Why it needs you</source>
        <translation>Perché va esaminato</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Letto da</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>{state} — started {started}</source>
        <translation>{state} — avviata {started}</translation>
    </message>
    <message>
        <source>{state} — started {started}, ended {ended}</source>
        <translation>{state} — avviata {started}, terminata {ended}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Suppressed in this run:</source>
        <translation>Esclusi in questa esecuzione:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviata</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Messages read</source>
        <translation>Messaggi letti</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounce</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft bounce</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Segnalazioni di spam</translation>
    </message>
    <message>
        <source>Newly suppressed</source>
        <translation>Appena esclusi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Select a run to see its report.</source>
        <translation>Selezionare un&apos;esecuzione per vederne il rapporto.</translation>
    </message>
</context>
<context>
    <name>sending_check</name>
    <message>
        <source>A DKIM key is published at {name}; the signing key is not on this computer, so it could not be compared.</source>
        <translation>In {name} è pubblicata una chiave DKIM; la chiave di firma non si trova su questo computer, quindi non è stato possibile confrontarle.</translation>
    </message>
    <message>
        <source>Add some text to the message.</source>
        <translation>Aggiungi del testo al messaggio.</translation>
    </message>
    <message>
        <source>Add the server to the record (replace the old record with this one):</source>
        <translation>Aggiungi il server al record (sostituisci il vecchio record con questo):</translation>
    </message>
    <message>
        <source>Add this record at your DNS host:</source>
        <translation>Aggiungi questo record presso il provider DNS:</translation>
    </message>
    <message>
        <source>Ask the owner of the address (your hosting provider) to set this reverse DNS record:</source>
        <translation>Chiedi al proprietario dell&apos;indirizzo (il provider di hosting) di impostare questo record DNS inverso:</translation>
    </message>
    <message>
        <source>Bounces to {domain} reach its mail server ({hosts}).</source>
        <translation>I rimbalzi verso {domain} raggiungono il suo server di posta ({hosts}).</translation>
    </message>
    <message>
        <source>Check the server and port, then check again.</source>
        <translation>Controlla server e porta, poi ripeti il controllo.</translation>
    </message>
    <message>
        <source>Check the server name in the SMTP profile.</source>
        <translation>Controlla il nome del server nel profilo SMTP.</translation>
    </message>
    <message>
        <source>Check your internet connection or the DNS server setting, then check again.</source>
        <translation>Controlla la connessione a Internet o l&apos;impostazione del server DNS, poi ripeti il controllo.</translation>
    </message>
    <message>
        <source>Correct the record; it must start with v=spf1 and there must be only one.</source>
        <translation>Correggi il record: deve iniziare con v=spf1 e deve essercene uno solo.</translation>
    </message>
    <message>
        <source>DKIM signature key</source>
        <translation>Chiave di firma DKIM</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Policy DMARC</translation>
    </message>
    <message>
        <source>Each message has a one-click unsubscribe link ({url}).</source>
        <translation>Ogni messaggio ha un link di disiscrizione one-click ({url}).</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS)</source>
        <translation>Connessione cifrata (TLS)</translation>
    </message>
    <message>
        <source>From address aligned</source>
        <translation>Indirizzo del mittente allineato</translation>
    </message>
    <message>
        <source>Give the campaign one sender address.</source>
        <translation>Assegna alla campagna un solo indirizzo del mittente.</translation>
    </message>
    <message>
        <source>Mail server (MX) for bounces</source>
        <translation>Server di posta (MX) per i rimbalzi</translation>
    </message>
    <message>
        <source>No DKIM key is published at {name}.</source>
        <translation>In {name} non è pubblicata alcuna chiave DKIM.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Once your reports show all your mail passing, change p=none to p=quarantine.</source>
        <translation>Quando i report mostrano che tutta la posta supera i controlli, cambia p=none in p=quarantine.</translation>
    </message>
    <message>
        <source>One-click unsubscribe</source>
        <translation>Disiscrizione one-click</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Remove include: entries you no longer use, or replace them by the ip4:/ip6: addresses they stand for.</source>
        <translation>Rimuovi le voci include: che non usi più, oppure sostituiscile con gli indirizzi ip4:/ip6: che rappresentano.</translation>
    </message>
    <message>
        <source>Replace it with this record:</source>
        <translation>Sostituiscilo con questo record:</translation>
    </message>
    <message>
        <source>Replace the published record with this one:</source>
        <translation>Sostituisci il record pubblicato con questo:</translation>
    </message>
    <message>
        <source>Reverse DNS of the sending server</source>
        <translation>DNS inverso del server di invio</translation>
    </message>
    <message>
        <source>SPF of the return-path domain</source>
        <translation>SPF del dominio di return-path</translation>
    </message>
    <message>
        <source>Send from an address on the domain you sign with, or sign with DKIM for {from_domain}.</source>
        <translation>Invia da un indirizzo del dominio con cui firmi, oppure firma con DKIM per {from_domain}.</translation>
    </message>
    <message>
        <source>Set Security to STARTTLS in the SMTP profile.</source>
        <translation>Nel profilo SMTP imposta Sicurezza su STARTTLS.</translation>
    </message>
    <message>
        <source>Set up the unsubscribe page (https) in Settings.</source>
        <translation>Configura la pagina di disiscrizione (https) in Impostazioni.</translation>
    </message>
    <message>
        <source>Shorten the text or move content to your website.</source>
        <translation>Accorcia il testo o sposta parte dei contenuti sul sito web.</translation>
    </message>
    <message>
        <source>The DKIM key at {name} matches the key this app signs with.</source>
        <translation>La chiave DKIM in {name} corrisponde a quella con cui firma questa app.</translation>
    </message>
    <message>
        <source>The DKIM key published at {name} is not the one this app signs with: receivers will reject the signature.</source>
        <translation>La chiave DKIM pubblicata in {name} non è quella con cui firma questa app: i destinatari rifiuteranno la firma.</translation>
    </message>
    <message>
        <source>The DKIM record at {name} is broken ({detail}).</source>
        <translation>Il record DKIM in {name} è danneggiato ({detail}).</translation>
    </message>
    <message>
        <source>The DMARC record of {domain} is not valid ({detail}).</source>
        <translation>Il record DMARC di {domain} non è valido ({detail}).</translation>
    </message>
    <message>
        <source>The DNS did not answer for {name} ({detail}).</source>
        <translation>Il DNS non ha risposto per {name} ({detail}).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not include your sending server {relay} (result: {result}).</source>
        <translation>Il record SPF di {domain} non include il server di invio {relay} (risultato: {result}).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} has an error ({detail}).</source>
        <translation>Il record SPF di {domain} contiene un errore ({detail}).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} needs more than 10 DNS lookups, so receivers treat it as broken ({detail}).</source>
        <translation>Il record SPF di {domain} richiede più di 10 ricerche DNS, quindi i destinatari lo considerano non valido ({detail}).</translation>
    </message>
    <message>
        <source>The message body is {kilobytes} KB: Gmail cuts messages over 102 KB and hides the rest, including your unsubscribe link.</source>
        <translation>Il corpo del messaggio è di {kilobytes} KB: Gmail taglia i messaggi oltre 102 KB e nasconde il resto, compreso il link di disiscrizione.</translation>
    </message>
    <message>
        <source>The message has no Date header.</source>
        <translation>Il messaggio non ha l&apos;intestazione Date.</translation>
    </message>
    <message>
        <source>The message has no Message-ID.</source>
        <translation>Il messaggio non ha un Message-ID.</translation>
    </message>
    <message>
        <source>The message has no plain-text version.</source>
        <translation>Il messaggio non ha una versione in testo semplice.</translation>
    </message>
    <message>
        <source>The message has no unsubscribe header.</source>
        <translation>Il messaggio non ha l&apos;intestazione di disiscrizione.</translation>
    </message>
    <message>
        <source>The message has one From, a Date, a Message-ID, a plain-text part and a reasonable size.</source>
        <translation>Il messaggio ha un solo From, un Date, un Message-ID, una parte in testo semplice e una dimensione ragionevole.</translation>
    </message>
    <message>
        <source>The message has {count} From headers instead of one.</source>
        <translation>Il messaggio ha {count} intestazioni From invece di una.</translation>
    </message>
    <message>
        <source>The message is only images, with no text: spam filters distrust that.</source>
        <translation>Il messaggio contiene solo immagini, senza testo: i filtri antispam ne diffidano.</translation>
    </message>
    <message>
        <source>The message itself</source>
        <translation>Il messaggio stesso</translation>
    </message>
    <message>
        <source>The sending server {host} could not be found in the DNS.</source>
        <translation>Il server di invio {host} non è stato trovato nel DNS.</translation>
    </message>
    <message>
        <source>The unsubscribe header only offers an e-mail address: Gmail and Yahoo require a one-click https link.</source>
        <translation>L&apos;intestazione di disiscrizione offre solo un indirizzo e-mail: Gmail e Yahoo richiedono un link https one-click.</translation>
    </message>
    <message>
        <source>The unsubscribe link lacks the one-click header (List-Unsubscribe-Post).</source>
        <translation>Al link di disiscrizione manca l&apos;intestazione one-click (List-Unsubscribe-Post).</translation>
    </message>
    <message>
        <source>Turn on DKIM in the SMTP profile and publish its key.</source>
        <translation>Attiva DKIM nel profilo SMTP e pubblicane la chiave.</translation>
    </message>
    <message>
        <source>Use your provider&apos;s port for STARTTLS (587) or SSL/TLS (465).</source>
        <translation>Usa la porta del provider per STARTTLS (587) o SSL/TLS (465).</translation>
    </message>
    <message>
        <source>Write a plain-text version on the campaign page.</source>
        <translation>Scrivi una versione in testo semplice nella pagina della campagna.</translation>
    </message>
    <message>
        <source>Your From domain {from_domain} matches neither the DKIM domain ({dkim_domain}) nor the return-path domain ({spf_domain}), so DMARC fails.</source>
        <translation>Il dominio del mittente {from_domain} non corrisponde né al dominio DKIM ({dkim_domain}) né al dominio di return-path ({spf_domain}), quindi il controllo DMARC non viene superato.</translation>
    </message>
    <message>
        <source>Your From domain {from_domain} matches the DKIM domain or the return path.</source>
        <translation>Il dominio del mittente {from_domain} corrisponde al dominio DKIM o al return-path.</translation>
    </message>
    <message>
        <source>Your messages are not signed with DKIM.</source>
        <translation>I messaggi non sono firmati con DKIM.</translation>
    </message>
    <message>
        <source>Your sending server {relay} has no name (reverse DNS, PTR).</source>
        <translation>Il server di invio {relay} non ha un nome (DNS inverso, PTR).</translation>
    </message>
    <message>
        <source>Your sending server {relay} has the name {name}, which points back to it.</source>
        <translation>Il server di invio {relay} si chiama {name}, che punta di nuovo a esso.</translation>
    </message>
    <message>
        <source>Your sending server {relay} is named {name}, but that name does not point back to {relay}.</source>
        <translation>Il server di invio {relay} si chiama {name}, ma quel nome non punta a {relay}.</translation>
    </message>
    <message>
        <source>checked 1 day ago</source>
        <translation>controllato 1 giorno fa</translation>
    </message>
    <message>
        <source>checked 1 hour ago</source>
        <translation>controllato 1 ora fa</translation>
    </message>
    <message>
        <source>checked 1 minute ago</source>
        <translation>controllato 1 minuto fa</translation>
    </message>
    <message>
        <source>checked just now</source>
        <translation>controllato ora</translation>
    </message>
    <message>
        <source>checked {count} days ago</source>
        <translation>controllato {count} giorni fa</translation>
    </message>
    <message>
        <source>checked {count} hours ago</source>
        <translation>controllato {count} ore fa</translation>
    </message>
    <message>
        <source>checked {count} minutes ago</source>
        <translation>controllato {count} minuti fa</translation>
    </message>
    <message>
        <source>{domain} allows your sending server {relay} to send its mail.</source>
        <translation>{domain} autorizza il server di invio {relay} a inviare la sua posta.</translation>
    </message>
    <message>
        <source>{domain} has a DMARC policy (p={policy}).</source>
        <translation>{domain} ha una policy DMARC (p={policy}).</translation>
    </message>
    <message>
        <source>{domain} has a DMARC record with p=none: this meets Gmail&apos;s and Yahoo&apos;s rule, but does not protect your domain from forgers.</source>
        <translation>{domain} ha un record DMARC con p=none: soddisfa la regola di Gmail e Yahoo, ma non protegge il dominio dai falsificatori.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record: Gmail, Yahoo and Outlook.com require one from bulk senders.</source>
        <translation>{domain} non ha un record DMARC: Gmail, Yahoo e Outlook.com lo richiedono a chi invia posta in massa.</translation>
    </message>
    <message>
        <source>{domain} has no SPF record: receivers cannot tell that your sending server may send for it.</source>
        <translation>{domain} non ha un record SPF: i destinatari non possono sapere che il server di invio è autorizzato a inviare per suo conto.</translation>
    </message>
    <message>
        <source>{domain} has no mail server (MX): bounces and complaints cannot come back.</source>
        <translation>{domain} non ha un server di posta (MX): rimbalzi e segnalazioni di spam non possono tornare indietro.</translation>
    </message>
    <message>
        <source>{host} (port {port}) could not be reached ({detail}).</source>
        <translation>{host} (porta {port}) non è raggiungibile ({detail}).</translation>
    </message>
    <message>
        <source>{host} (port {port}) does not offer encryption: Gmail refuses unencrypted mail.</source>
        <translation>{host} (porta {port}) non offre la crittografia: Gmail rifiuta la posta non cifrata.</translation>
    </message>
    <message>
        <source>{host} encrypts the connection (SSL/TLS).</source>
        <translation>{host} cifra la connessione (SSL/TLS).</translation>
    </message>
    <message>
        <source>{host} encrypts the connection (STARTTLS).</source>
        <translation>{host} cifra la connessione (STARTTLS).</translation>
    </message>
    <message>
        <source>{host} offers encryption, but the profile sends in the clear.</source>
        <translation>{host} offre la crittografia, ma il profilo invia in chiaro.</translation>
    </message>
    <message>
        <source>required by {providers}</source>
        <translation>richiesto da {providers}</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>consigliato</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Controlla prima dell&apos;invio</translation>
    </message>
    <message>
        <source>Look up SPF, DKIM, DMARC, MX and reverse DNS, try the server&apos;s encryption and check the message against Gmail&apos;s, Yahoo&apos;s and Outlook.com&apos;s sender rules</source>
        <translation>Interroga SPF, DKIM, DMARC, MX e DNS inverso, prova la cifratura del server e verifica il messaggio rispetto alle regole per i mittenti di Gmail, Yahoo e Outlook.com</translation>
    </message>
    <message>
        <source>Copy records</source>
        <translation>Copia record</translation>
    </message>
    <message>
        <source>Copy the DNS records to add, one per line</source>
        <translation>Copia i record DNS da aggiungere, uno per riga</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Non ancora controllato.</translation>
    </message>
    <message>
        <source>All required rules met, {age}.</source>
        <translation>Tutte le regole obbligatorie rispettate, {age}.</translation>
    </message>
    <message numerus="yes">
        <source>%n required rule(s) not met, {age}.</source>
        <translation>
            <numerusform>%n regola obbligatoria non rispettata, {age}.</numerusform>
            <numerusform>%n regole obbligatorie non rispettate, {age}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {host} and its DNS records…</source>
        <translation>Controllo di {host} e dei suoi record DNS…</translation>
    </message>
    <message>
        <source>• {rule}: {found}</source>
        <translation>• {rule}: {found}</translation>
    </message>
    <message>
        <source>Sender rules not met</source>
        <translation>Regole per i mittenti non rispettate</translation>
    </message>
    <message>
        <source>The last check found problems that make Gmail, Yahoo or Outlook.com refuse this mail or file it as spam:

{problems}

Fix them and check again, or send anyway.</source>
        <translation>L&apos;ultimo controllo ha trovato problemi per cui Gmail, Yahoo o Outlook.com rifiutano questa posta o la mettono nello spam:

{problems}

Correggili e controlla di nuovo, oppure invia comunque.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Invia comunque</translation>
    </message>
</context>
<context>
    <name>sending_checks_page</name>
    <message>
        <source>the computer&apos;s own</source>
        <translation>quello del computer</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Server &amp;DNS:</translation>
    </message>
    <message>
        <source>An address, with :port if not 53, e.g. 1.1.1.1 or 192.168.1.1:5353. Leave empty to use the computer&apos;s.</source>
        <translation>Un indirizzo, con :porta se diversa da 53, es. 1.1.1.1 o 192.168.1.1:5353. Lascia vuoto per usare quello del computer.</translation>
    </message>
</context>
<context>
    <name>settings_finder</name>
    <message>
        <source>Use these</source>
        <translation>Usa queste</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>Trova impostazioni</translation>
    </message>
    <message>
        <source>Look the address&apos;s settings up on the internet</source>
        <translation>Cerca su Internet le impostazioni dell&apos;indirizzo</translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <source>Each bounce carries a status code. A hard code stops mail to that address at once (unless Bounce handling says to count hard bounces towards the threshold); a soft code is retried and, once its re-sends ran out, counts towards the bounce threshold. 9.1.1 stands for a hard bounce that carried no code.</source>
        <translation>Ogni rimbalzo porta un codice di stato. Un codice hard blocca subito la posta a quell&apos;indirizzo (a meno che la gestione dei rimbalzi dica di contare gli hard bounce per la soglia); un codice soft viene ritentato e, esauriti i nuovi invii, conta per la soglia di rimbalzi. 9.1.1 indica un hard bounce senza codice.</translation>
    </message>
    <message>
        <source>Advanced: the defaults suit most senders. Bounces are collected from the bounce mailbox on a schedule; a soft bounce (a full mailbox, a busy server) is sent again later before the address is given up on.</source>
        <translation>Avanzate: i valori predefiniti vanno bene per la maggior parte dei mittenti. I rimbalzi vengono raccolti periodicamente dalla casella dei rimbalzi; dopo un soft bounce (casella piena, server occupato) il messaggio viene reinviato più tardi prima di rinunciare all&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Undeliverable mail comes back to this mailbox. Newsletter Desk reads it, recognises bounces and stops sending to addresses that keep bouncing.</source>
        <translation>La posta non recapitabile torna in questa casella. Newsletter Desk la legge, riconosce i rimbalzi e smette di inviare agli indirizzi che continuano a rimbalzare.</translation>
    </message>
    <message>
        <source>When recipients press “Report spam”, mail providers send a complaint to the bounce mailbox. Gmail wants complaints below 0.1% of the messages delivered and starts to refuse or spam-folder a sender&apos;s mail from 0.3%. A campaign whose complaint rate passes the limit below pauses itself and says why on the Campaigns page; resuming it is your choice, and it pauses again only if more complaints arrive.</source>
        <translation>Quando i destinatari premono «Segnala spam», i provider di posta inviano una segnalazione alla casella dei rimbalzi. Gmail vuole segnalazioni di spam sotto lo 0,1% dei messaggi consegnati e dallo 0,3% inizia a rifiutare la posta di un mittente o a metterla nello spam. Una campagna il cui tasso di segnalazioni supera il limite qui sotto si sospende da sola e ne indica il motivo nella pagina Campagne; riprenderla è una tua scelta, e si sospende di nuovo solo se arrivano altre segnalazioni.</translation>
    </message>
    <message>
        <source>When someone unsubscribes (the link in a campaign&apos;s footer, or you on the Lists page), which lists do they leave?</source>
        <translation>Quando qualcuno annulla l&apos;iscrizione (con il link nel piè di pagina di una campagna, o tu dalla pagina Liste), quali liste lascia?</translation>
    </message>
    <message>
        <source>Every campaign message ends with a footer. {{unsubscribe_url}} and {{manage_url}} become each reader&apos;s own links when the message is sent.</source>
        <translation>Ogni messaggio di campagna termina con un piè di pagina. {{unsubscribe_url}} e {{manage_url}} diventano i link personali di ciascun lettore al momento dell&apos;invio.</translation>
    </message>
    <message>
        <source>Check before sending looks up your domain&apos;s DNS records (SPF, DKIM, DMARC, MX, reverse DNS). It asks your computer&apos;s usual DNS server unless you name another.</source>
        <translation>Controlla prima dell&apos;invio interroga i record DNS del tuo dominio (SPF, DKIM, DMARC, MX, DNS inverso). Usa il server DNS abituale del computer, a meno che tu non ne indichi un altro.</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Esito del salvataggio</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annulla modifiche</translation>
    </message>
    <message>
        <source>Discard the changes since the last save</source>
        <translation>Annulla le modifiche dall&apos;ultimo salvataggio</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Correggi prima i campi segnati in rosso.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non salvato: correggi i campi segnati in rosso.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Salvato ✓</translation>
    </message>
    <message>
        <source>A profile is one way of sending: the SMTP server and the sender shown to readers. Campaigns use the default profile unless you choose another.</source>
        <translation>Un profilo è un modo di inviare: il server SMTP e il mittente mostrato ai lettori. Le campagne usano il profilo predefinito, a meno che tu non ne scelga un altro.</translation>
    </message>
    <message>
        <source>With a one-click unsubscribe service on your own web server, mail providers&apos; Unsubscribe button works in one click, and the footer links open a page to leave or pick lists. Leave the address empty to keep the e-mail (mailto) links only.</source>
        <translation>Con un servizio di disiscrizione con un clic sul tuo server web, il pulsante Annulla iscrizione dei provider di posta funziona con un clic e i link nel piè di pagina aprono una pagina per uscire o scegliere le liste. Lascia vuoto l&apos;indirizzo per mantenere solo i link e-mail (mailto).</translation>
    </message>
</context>
<context>
    <name>smtp_dkim</name>
    <message>
        <source>RSA 2048 (read by every mail provider)</source>
        <translation>RSA 2048 (letto da tutti i provider di posta)</translation>
    </message>
    <message>
        <source>Ed25519 (short; add an RSA key too for older receivers)</source>
        <translation>Ed25519 (breve; aggiungi anche una chiave RSA per i destinatari meno recenti)</translation>
    </message>
    <message>
        <source>Sign messages &amp;with DKIM</source>
        <translation>Firma i messaggi &amp;con DKIM</translation>
    </message>
    <message>
        <source>Receivers check it against your DNS: signed mail is trusted more.</source>
        <translation>I destinatari la verificano con il tuo DNS: la posta firmata è più affidabile.</translation>
    </message>
    <message>
        <source>S&amp;igning domain</source>
        <translation>Dominio di f&amp;irma</translation>
    </message>
    <message>
        <source>The domain of the From address, or its parent domain.</source>
        <translation>Il dominio dell&apos;indirizzo del mittente, o il suo dominio principale.</translation>
    </message>
    <message>
        <source>Select&amp;or</source>
        <translation>Selett&amp;ore</translation>
    </message>
    <message>
        <source>Any short name; it tells receivers which of your keys to look up.</source>
        <translation>Un nome breve qualsiasi; indica ai destinatari quale delle tue chiavi cercare.</translation>
    </message>
    <message>
        <source>Key t&amp;ype</source>
        <translation>&amp;Tipo di chiave</translation>
    </message>
    <message>
        <source>Generate &amp;key</source>
        <translation>&amp;Genera chiave</translation>
    </message>
    <message>
        <source>Co&amp;py record</source>
        <translation>Co&amp;pia record</translation>
    </message>
    <message>
        <source>Publish this record in your domain&apos;s DNS</source>
        <translation>Pubblica questo record nel DNS del tuo dominio</translation>
    </message>
    <message>
        <source>The private key stays in this computer&apos;s keyring: never in exports or backups.</source>
        <translation>La chiave privata resta nel portachiavi di questo computer: mai nelle esportazioni o nei backup.</translation>
    </message>
    <message>
        <source>No key yet: press Generate key.</source>
        <translation>Nessuna chiave: premi Genera chiave.</translation>
    </message>
    <message>
        <source>The stored key is not of this type: generate a new key.</source>
        <translation>La chiave salvata non è di questo tipo: genera una nuova chiave.</translation>
    </message>
    <message>
        <source>Replace the DKIM key?</source>
        <translation>Sostituire la chiave DKIM?</translation>
    </message>
    <message>
        <source>This profile already has a key. A new one makes every receiver reject the signatures until you publish the new record. Replace it?</source>
        <translation>Questo profilo ha già una chiave. Con una nuova, ogni destinatario rifiuta le firme finché non pubblichi il nuovo record. Sostituirla?</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Nessun portachiavi</translation>
    </message>
</context>
<context>
    <name>smtp_pacing</name>
    <message>
        <source>A minute</source>
        <translation>Al minuto</translation>
    </message>
    <message>
        <source>An hour</source>
        <translation>All&apos;ora</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
    <message>
        <source>Per connection</source>
        <translation>Per connessione</translation>
    </message>
    <message>
        <source>messages a minute</source>
        <translation>messaggi al minuto</translation>
    </message>
    <message>
        <source>messages an hour</source>
        <translation>messaggi all&apos;ora</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>connessioni</translation>
    </message>
    <message>
        <source>messages a connection</source>
        <translation>messaggi per connessione</translation>
    </message>
    <message>
        <source>No warm-up: the daily rate from the first day</source>
        <translation>Nessun riscaldamento: tutti gli invii giornalieri dal primo giorno</translation>
    </message>
    <message>
        <source>New sending IP: 50 on day 1, about doubling daily (15 days)</source>
        <translation>Nuovo IP di invio: 50 il 1° giorno, circa il doppio ogni giorno (15 giorni)</translation>
    </message>
    <message>
        <source>New domain: 50 on day 1, doubling every second day (21 days)</source>
        <translation>Nuovo dominio: 50 il 1° giorno, il doppio ogni due giorni (21 giorni)</translation>
    </message>
    <message>
        <source>My own ramp</source>
        <translation>Una rampa mia</translation>
    </message>
    <message>
        <source>Other providers</source>
        <translation>Altri provider</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>Receiving provider</source>
        <translation>Provider del destinatario</translation>
    </message>
    <message>
        <source>Use the &amp;presets</source>
        <translation>Usa i valori &amp;predefiniti</translation>
    </message>
    <message>
        <source>On top of the limits above. A provider that answers “too fast” is slowed down alone. Bold: your own figures.</source>
        <translation>Oltre ai limiti qui sopra. Un provider che risponde «troppo veloce» viene rallentato da solo. In grassetto: i tuoi valori.</translation>
    </message>
    <message>
        <source>Pace &amp;with each provider</source>
        <translation>Ritmo &amp;per provider</translation>
    </message>
    <message>
        <source>{provider}, {what}: {message}</source>
        <translation>{provider}, {what}: {message}</translation>
    </message>
    <message>
        <source>Preset: {figure}</source>
        <translation>Predefinito: {figure}</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messaggi</translation>
    </message>
    <message>
        <source>Warm-up &amp;plan</source>
        <translation>&amp;Piano di riscaldamento</translation>
    </message>
    <message>
        <source>A new domain or IP starts slowly: receivers trust a sender they know. Each day&apos;s figure caps the daily rate.</source>
        <translation>Un nuovo dominio o IP parte piano: i destinatari si fidano di un mittente che conoscono. Il valore di ogni giorno limita gli invii giornalieri.</translation>
    </message>
    <message>
        <source>First da&amp;y</source>
        <translation>Primo &amp;giorno</translation>
    </message>
    <message>
        <source>Ra&amp;mp length</source>
        <translation>D&amp;urata della rampa</translation>
    </message>
    <message>
        <source>Messages &amp;on day 1</source>
        <translation>Messaggi il gi&amp;orno 1</translation>
    </message>
    <message>
        <source>Grows by the same factor each day up to the daily rate.</source>
        <translation>Cresce dello stesso fattore ogni giorno fino agli invii giornalieri.</translation>
    </message>
    <message>
        <source>Send only &amp;between set hours</source>
        <translation>Invia solo &amp;tra ore stabilite</translation>
    </message>
    <message>
        <source>until</source>
        <translation>fino alle</translation>
    </message>
    <message>
        <source>Outside these hours messages wait; the forecast counts with it. A window may run past midnight, e.g. 22:00 until 06:00.</source>
        <translation>Fuori da queste ore i messaggi aspettano; la previsione ne tiene conto. Una fascia può passare la mezzanotte, ad es. dalle 22:00 alle 06:00.</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>O&amp;re</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>Your readers&apos; time zone, so mail does not arrive at night.</source>
        <translation>Il fuso orario dei tuoi lettori, perché la posta non arrivi di notte.</translation>
    </message>
    <message>
        <source>Warmed up since {date}: the daily rate applies.</source>
        <translation>Riscaldamento concluso dal {date}: valgono gli invii giornalieri.</translation>
    </message>
    <message>
        <source>Starts {date}; until then messages a day at most: {count}.</source>
        <translation>Inizia il {date}; fino ad allora messaggi al giorno al massimo: {count}.</translation>
    </message>
    <message>
        <source>Today is day {day} of {days}: up to {count} messages. The daily rate applies from {date}.</source>
        <translation>Oggi è il giorno {day} di {days}: fino a {count} messaggi. Gli invii giornalieri pieni valgono dal {date}.</translation>
    </message>
</context>
<context>
    <name>smtp_profiles_page</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (porta 465)</translation>
    </message>
    <message>
        <source>None, unencrypted (port 25)</source>
        <translation>Nessuna, non cifrata (porta 25)</translation>
    </message>
    <message>
        <source>{provider} accounts allow about {allowed} messages a day. Sending {daily} a day can get the account blocked, and mail from free mailboxes often lands in spam. For newsletters, use a dedicated sending service (for example your hosting provider&apos;s SMTP, Amazon SES, Mailgun, Postmark or Brevo): it is built for bulk mail, authenticates your domain and reports bounces.</source>
        <translation>Gli account {provider} consentono circa {allowed} messaggi al giorno. Inviarne {daily} al giorno può far bloccare l&apos;account, e la posta da caselle gratuite finisce spesso nello spam. Per le newsletter usa un servizio di invio dedicato (ad esempio l&apos;SMTP del tuo provider di hosting, Amazon SES, Mailgun, Postmark o Brevo): è pensato per gli invii in massa, autentica il tuo dominio e segnala i rimbalzi.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Imposta come predefinito</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>Ver&amp;ify the server certificate</source>
        <translation>Verifica il certi&amp;ficato del server</translation>
    </message>
    <message>
        <source>Re&amp;quires authentication</source>
        <translation>Richiede autent&amp;icazione</translation>
    </message>
    <message>
        <source>&amp;Profile name</source>
        <translation>N&amp;ome del profilo</translation>
    </message>
    <message>
        <source>S&amp;MTP server</source>
        <translation>Server SMT&amp;P</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Si&amp;curezza</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Por&amp;ta</translation>
    </message>
    <message>
        <source>Follows the security choice until you type a port of your own.</source>
        <translation>Segue la scelta della sicurezza finché non digiti una porta tua.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>S&amp;ender</source>
        <translation>&amp;Mittente</translation>
    </message>
    <message>
        <source>Fro&amp;m name</source>
        <translation>Nome del mi&amp;ttente</translation>
    </message>
    <message>
        <source>Fr&amp;om address</source>
        <translation>&amp;Indirizzo del mittente</translation>
    </message>
    <message>
        <source>Re&amp;ply-to</source>
        <translation>Indirizzo di ris&amp;posta</translation>
    </message>
    <message>
        <source>Optional: where replies go, if not to the From address.</source>
        <translation>Facoltativo: dove vanno le risposte, se non all&apos;indirizzo del mittente.</translation>
    </message>
    <message>
        <source>&amp;Bounce address</source>
        <translation>Indirizzo dei rim&amp;balzi</translation>
    </message>
    <message>
        <source>Undeliverable mail returns here: the bounce mailbox&apos;s address.</source>
        <translation>La posta non recapitabile torna qui: l&apos;indirizzo della casella dei rimbalzi.</translation>
    </message>
    <message>
        <source>Sendin&amp;g rate</source>
        <translation>Fre&amp;quenza di invio</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>al giorno</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>all&apos;ora</translation>
    </message>
    <message>
        <source>No hourly cap</source>
        <translation>Nessun limite orario</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messaggi</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>Dail&amp;y send rate</source>
        <translation>&amp;Invii giornalieri</translation>
    </message>
    <message>
        <source>Ho&amp;urly cap</source>
        <translation>Limite &amp;orario</translation>
    </message>
    <message>
        <source>Batch si&amp;ze</source>
        <translation>Dimensione del &amp;lotto</translation>
    </message>
    <message>
        <source>Messages sent over one connection before pausing.</source>
        <translation>Messaggi inviati su una connessione prima della pausa.</translation>
    </message>
    <message>
        <source>Pause &amp;between batches</source>
        <translation>Pa&amp;usa tra i lotti</translation>
    </message>
    <message>
        <source>Connections at &amp;once</source>
        <translation>&amp;Connessioni simultanee</translation>
    </message>
    <message>
        <source>Warm-up and hours</source>
        <translation>Riscaldamento e orari</translation>
    </message>
    <message>
        <source>Advan&amp;ced</source>
        <translation>Avan&amp;zate</translation>
    </message>
    <message>
        <source>Use a personal bounce address per recipient (VER&amp;P)</source>
        <translation>Usa un indirizzo dei rimbalzi personale per destinatario (VER&amp;P)</translation>
    </message>
    <message>
        <source>Do not add the trac&amp;king header (for strict servers)</source>
        <translation>Non aggiungere l&apos;intestazione di trac&amp;king (per server rigidi)</translation>
    </message>
    <message>
        <source>Lets bounces be matched to the recipient even when the bounce message is vague.</source>
        <translation>Permette di associare i rimbalzi al destinatario anche quando il messaggio di rimbalzo è vago.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prova&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Prova co&amp;nnessione</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Invia e-mail di prova</translation>
    </message>
    <message>
        <source>Or press Enter in the address field</source>
        <translation>Oppure premi Invio nel campo dell&apos;indirizzo</translation>
    </message>
    <message>
        <source>Se&amp;nd a test to:</source>
        <translation>Invia una p&amp;rova a:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check before sending&lt;/b&gt;</source>
        <translation>&lt;b&gt;Controlla prima dell&apos;invio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{profile}  (default)</source>
        <translation>{profile}  (predefinito)</translation>
    </message>
    <message>
        <source>{profile}  (not saved)</source>
        <translation>{profile}  (non salvato)</translation>
    </message>
    <message>
        <source>Add a profile to start: you need one to send.</source>
        <translation>Aggiungi un profilo per iniziare: ne serve uno per inviare.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <source>{profile} copy</source>
        <translation>{profile} copia</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Elimina profilo</translation>
    </message>
    <message>
        <source>Delete the SMTP profile “{profile}” and its stored password?</source>
        <translation>Eliminare il profilo SMTP «{profile}» e la sua password salvata?</translation>
    </message>
    <message>
        <source>Save the profile first, then make it the default.</source>
        <translation>Salva prima il profilo, poi impostalo come predefinito.</translation>
    </message>
    <message>
        <source>Sign in before saving: press Sign in…</source>
        <translation>Accedi prima di salvare: premi Accedi…</translation>
    </message>
    <message>
        <source>Enter the password for this server.</source>
        <translation>Inserisci la password per questo server.</translation>
    </message>
    <message>
        <source>Some fields here need correcting</source>
        <translation>Alcuni campi qui vanno corretti</translation>
    </message>
    <message>
        <source>Connecting to {host} on port {port}…</source>
        <translation>Connessione a {host} sulla porta {port}…</translation>
    </message>
    <message>
        <source>Type the address to send the test email to.</source>
        <translation>Digita l&apos;indirizzo a cui inviare l&apos;e-mail di prova.</translation>
    </message>
    <message>
        <source>Sending a test email to {address}…</source>
        <translation>Invio di un&apos;e-mail di prova a {address}…</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>in memory</source>
        <translation>in memoria</translation>
    </message>
    <message>
        <source>PostgreSQL database {name} on {host}</source>
        <translation>database PostgreSQL {name} su {host}</translation>
    </message>
    <message>
        <source>Your data is in:</source>
        <translation>I tuoi dati si trovano in:</translation>
    </message>
    <message>
        <source>Passwords:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Newsletter Desk {version} (database schema {schema})</source>
        <translation>Newsletter Desk {version} (schema del database {schema})</translation>
    </message>
</context>
<context>
    <name>suppressed</name>
    <message>
        <source>Search addresses</source>
        <translation>Cerca indirizzi</translation>
    </message>
    <message>
        <source>Un-suppress…</source>
        <translation>Riammetti…</translation>
    </message>
    <message>
        <source>Send to the selected address again; you are asked first, and the change is kept in its history.</source>
        <translation>Invia di nuovo all&apos;indirizzo selezionato; viene chiesta conferma e la modifica resta nella sua cronologia.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} suppressed addresses match.</source>
        <translation>
            <numerusform>%n dei {total} indirizzi esclusi corrisponde.</numerusform>
            <numerusform>%n dei {total} indirizzi esclusi corrispondono.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed address(es): no campaign is sent to them.</source>
        <translation>
            <numerusform>%n indirizzo escluso: non riceve alcuna campagna.</numerusform>
            <numerusform>%n indirizzi esclusi: non ricevono alcuna campagna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} The newest %n are shown (search to narrow down; Export writes all).</source>
        <translation>
            <numerusform>{shown} Viene mostrato il più recente (cercare per restringere; l&apos;esportazione li scrive tutti).</numerusform>
            <numerusform>{shown} Vengono mostrati i %n più recenti (cercare per restringere; l&apos;esportazione li scrive tutti).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an address to see why it is suppressed and its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selezionare un indirizzo per vedere perché è escluso e la sua cronologia.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n suppressed address(es) to {path}.</source>
        <translation>
            <numerusform>%n indirizzo escluso esportato in {path}.</numerusform>
            <numerusform>%n indirizzi esclusi esportati in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the suppressed list</source>
        <translation>Esporta la lista di esclusione</translation>
    </message>
    <message>
        <source>suppressed.csv</source>
        <translation>esclusi.csv</translation>
    </message>
</context>
<context>
    <name>suppressions</name>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>First bounce</source>
        <translation>Primo rimbalzo</translation>
    </message>
    <message>
        <source>Last bounce</source>
        <translation>Ultimo rimbalzo</translation>
    </message>
    <message>
        <source>Suppressed on</source>
        <translation>Escluso il</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>  could not read {what}</source>
        <translation>  impossibile leggere {what}</translation>
    </message>
    <message>
        <source>  {reason}: {count}</source>
        <translation>  {reason}: {count}</translation>
    </message>
    <message>
        <source>Added {count} bounced addresses to the suppressed list.</source>
        <translation>Indirizzi con bounce aggiunti alla lista degli esclusi: {count}.</translation>
    </message>
    <message>
        <source>Bounce files: {messages} messages, {addresses} addresses marked.</source>
        <translation>File di bounce: messaggi {messages}, indirizzi segnati {addresses}.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Segnalazione di spam</translation>
    </message>
    <message>
        <source>Disposable domain</source>
        <translation>Dominio usa e getta</translation>
    </message>
    <message>
        <source>Disposable domains from {source}.</source>
        <translation>Domini usa e getta da {source}.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicato</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>cartella di lavoro Excel, foglio “{sheet}”</translation>
    </message>
    <message>
        <source>Hard bounce</source>
        <translation>Hard bounce</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Indirizzo non valido</translation>
    </message>
    <message>
        <source>Kept although flagged — {reason}: {count}</source>
        <translation>Mantenute benché segnalate — {reason}: {count}</translation>
    </message>
    <message>
        <source>Kept {kept} rows in {file}.</source>
        <translation>Righe mantenute in {file}: {kept}.</translation>
    </message>
    <message>
        <source>Likely typo</source>
        <translation>Probabile refuso</translation>
    </message>
    <message>
        <source>Line {line}: {address} — did you mean {suggestion}?</source>
        <translation>Riga {line}: {address} — forse intendevi {suggestion}?</translation>
    </message>
    <message>
        <source>Line {line}: {why}.</source>
        <translation>Riga {line}: {why}.</translation>
    </message>
    <message>
        <source>NOT ALL ROWS ACCOUNTED FOR: {missing} of the {rows} rows are in no bucket; check the file</source>
        <translation>NON TUTTE LE RIGHE SONO CONTATE: {missing} delle {rows} righe non sono in nessuna voce; controlla il file</translation>
    </message>
    <message>
        <source>Read {rows} rows from {file} ({format}).</source>
        <translation>Righe lette da {file} ({format}): {rows}.</translation>
    </message>
    <message>
        <source>Removed {removed} rows to {file}:</source>
        <translation>Righe rimosse in {file}: {removed}:</translation>
    </message>
    <message>
        <source>Repeated soft bounces</source>
        <translation>Soft bounce ripetuti</translation>
    </message>
    <message>
        <source>Role account</source>
        <translation>Indirizzo di ruolo</translation>
    </message>
    <message>
        <source>STOPPED after line {line} of {lines}: the rest of the file was not read and is not imported</source>
        <translation>INTERROTTO dopo la riga {line} di {lines}: il resto del file non è stato letto e non è importato</translation>
    </message>
    <message>
        <source>Saved to the list: {summary}.</source>
        <translation>Salvato nella lista: {summary}.</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Escluso</translation>
    </message>
    <message>
        <source>Unreadable row</source>
        <translation>Riga illeggibile</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Disiscritto</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>riga {line}: {why}</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>text table, {delimiter}-separated, {encoding}</source>
        <translation>tabella di testo separata da {delimiter}, {encoding}</translation>
    </message>
    <message>
        <source>text table, {delimiter}-separated, {encoding} with byte-order mark</source>
        <translation>tabella di testo separata da {delimiter}, {encoding} con byte-order mark</translation>
    </message>
    <message>
        <source>{name} ({domains} domains, {url})</source>
        <translation>{name} ({domains} domini, {url})</translation>
    </message>
    <message>
        <source>{name} {release} ({domains} domains, {url})</source>
        <translation>{name} {release} ({domains} domini, {url})</translation>
    </message>
    <message>
        <source>{rows} rows: {added} new contacts, {updated} updated, {invalid} invalid, {repeated} repeated in the file, {unreadable} unreadable; {subscribed} newly on the list</source>
        <translation>Righe: {rows} — nuovi contatti: {added}, aggiornati: {updated}, non validi: {invalid}, ripetuti nel file: {repeated}, illeggibili: {unreadable}; nuovi iscritti alla lista: {subscribed}</translation>
    </message>
    <message>
        <source>… and {count} more rows not imported</source>
        <translation>… e altre righe non importate: {count}</translation>
    </message>
    <message>
        <source>… and {count} more suggestions (see the removed-rows file).</source>
        <translation>… e altri suggerimenti: {count} (vedi il file delle righe rimosse).</translation>
    </message>
    <message>
        <source>… and {count} more unreadable rows.</source>
        <translation>… e altre righe illeggibili: {count}.</translation>
    </message>
</context>
<context>
    <name>timeline_chart</name>
    <message numerus="yes">
        <source>{name}: {total} in %n hour(s)</source>
        <translation>
            <numerusform>{name}: {total} in %n ora</numerusform>
            <numerusform>{name}: {total} in %n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}
(highest {biggest} an hour)</source>
        <translation>{name}
(max {biggest} all&apos;ora)</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>“{page}” has changes that are not saved. Save them?</source>
        <translation>«{page}» contiene modifiche non salvate. Salvarle?</translation>
    </message>
</context>
<context>
    <name>unsubscribe_service_page</name>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Vuoto: le autorità di certificazione del sistema</translation>
    </message>
    <message>
        <source>Service &amp;address</source>
        <translation>&amp;Indirizzo del servizio</translation>
    </message>
    <message>
        <source>Sender &amp;name on its pages</source>
        <translation>&amp;Nome del mittente nelle sue pagine</translation>
    </message>
    <message>
        <source>&amp;Certificate file</source>
        <translation>File del &amp;certificato</translation>
    </message>
    <message>
        <source>Only for a certificate from your own authority.</source>
        <translation>Solo per un certificato di una tua autorità di certificazione.</translation>
    </message>
    <message>
        <source>Make a new &amp;key</source>
        <translation>Crea una nuova c&amp;hiave</translation>
    </message>
    <message>
        <source>Links in mail already sent stop working with a new key</source>
        <translation>Con una nuova chiave, i link nella posta già inviata smettono di funzionare</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opia</translation>
    </message>
    <message>
        <source>Copy this key to the service&apos;s data folder as the file &lt;code&gt;key&lt;/code&gt; now: it is not shown again.</source>
        <translation>Copia ora questa chiave nella cartella dei dati del servizio come file &lt;code&gt;key&lt;/code&gt;: non verrà più mostrata.</translation>
    </message>
    <message>
        <source>A shared key is in the keyring.</source>
        <translation>Una chiave condivisa è nel portachiavi.</translation>
    </message>
    <message>
        <source>No shared key yet: make one, then copy it to the service.</source>
        <translation>Nessuna chiave condivisa: creane una, poi copiala nel servizio.</translation>
    </message>
    <message>
        <source>The key could not be kept: {reason}</source>
        <translation>Non è stato possibile conservare la chiave: {reason}</translation>
    </message>
</context>
<context>
    <name>unsuppress_dialog</name>
    <message>
        <source>Un-suppress an address</source>
        <translation>Riammetti un indirizzo</translation>
    </message>
    <message>
        <source>{reason} ({code})</source>
        <translation>{reason} ({code})</translation>
    </message>
    <message>
        <source>&lt;p&gt;Send to &lt;b&gt;{address}&lt;/b&gt; again?&lt;/p&gt;&lt;p&gt;It was suppressed because of: {reason}. Its bounces stay in the log; only bounces from now on count towards the threshold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inviare di nuovo a &lt;b&gt;{address}&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;È stato escluso per: {reason}. I suoi rimbalzi restano nel registro; per la soglia contano solo i rimbalzi da ora in poi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. the reader fixed their mailbox</source>
        <translation>es. il lettore ha sistemato la sua casella</translation>
    </message>
    <message>
        <source>Un-suppress</source>
        <translation>Riammetti</translation>
    </message>
    <message>
        <source>&amp;Why? (kept in the address&apos;s history)</source>
        <translation>&amp;Perché? (conservato nella cronologia dell&apos;indirizzo)</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Hard bounce</source>
        <translation>Hard bounce</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Soft bounce</translation>
    </message>
    <message>
        <source>Spam complaint</source>
        <translation>Segnalazione di spam</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounce</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft bounce</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Aggiunto a mano</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>the tracking code in the bounced message</source>
        <translation>il codice di tracciamento nel messaggio rimbalzato</translation>
    </message>
    <message>
        <source>the Message-ID of the original message</source>
        <translation>il Message-ID del messaggio originale</translation>
    </message>
    <message>
        <source>the address (its most recent campaign)</source>
        <translation>l&apos;indirizzo (la sua campagna più recente)</translation>
    </message>
    <message>
        <source>the server&apos;s refusal while it was being sent</source>
        <translation>il rifiuto del server durante l&apos;invio</translation>
    </message>
    <message>
        <source>not a campaign message but an autoresponder&apos;s, refused by the server while it was being sent</source>
        <translation>non un messaggio di campagna ma di una risposta automatica, rifiutato dal server durante l&apos;invio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>you</source>
        <translation>te</translation>
    </message>
    <message>
        <source>collection run {run}</source>
        <translation>esecuzione di raccolta {run}</translation>
    </message>
    <message>
        <source>sending (the server refused the message)</source>
        <translation>invio (il server ha rifiutato il messaggio)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>stopped mid-run (the app stopped)</source>
        <translation>interrotto a metà (l&apos;app si è chiusa)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n inviato</numerusform>
            <numerusform>%n inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deferred</source>
        <translation>
            <numerusform>%n rinviato</numerusform>
            <numerusform>%n rinviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n escluso</numerusform>
            <numerusform>%n esclusi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in coda</numerusform>
            <numerusform>%n in coda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completato</numerusform>
            <numerusform>%n completati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard bounce(s)</source>
        <translation>
            <numerusform>%n hard bounce</numerusform>
            <numerusform>%n hard bounce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soft bounce(s)</source>
        <translation>
            <numerusform>%n soft bounce</numerusform>
            <numerusform>%n soft bounce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n segnalazione di spam</numerusform>
            <numerusform>%n segnalazioni di spam</numerusform>
        </translation>
    </message>
    <message>
        <source>— (paused)</source>
        <translation>— (in pausa)</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>in esecuzione ora</translation>
    </message>
    <message>
        <source>when there is work</source>
        <translation>quando c&apos;è qualcosa da fare</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>da eseguire ora</translation>
    </message>
    <message>
        <source>when jobs run (due since {time})</source>
        <translation>quando verranno eseguite le attività (prevista dal {time})</translation>
    </message>
    <message>
        <source>when jobs run</source>
        <translation>quando verranno eseguite le attività</translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed through the service</source>
        <translation>
            <numerusform>%n disiscritto tramite il servizio</numerusform>
            <numerusform>%n disiscritti tramite il servizio</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>niente da fare</translation>
    </message>
    <message>
        <source>An unsubscribe request has waited {hours} hours on the unsubscribe service. Unsubscribes must be honoured within 48 hours: run Collect bounces now.</source>
        <translation>Una richiesta di disiscrizione attende da {hours} ore sul servizio di disiscrizione. Le disiscrizioni vanno applicate entro 48 ore: esegui ora “Raccogli rimbalzi”.</translation>
    </message>
    <message>
        <source>The unsubscribe service has not been reached for {hours} hours, so unsubscribe requests may be waiting there. They must be honoured within 48 hours: check that the service is running and its key is right (Last error below).</source>
        <translation>Il servizio di disiscrizione non è raggiungibile da {hours} ore, quindi potrebbero esserci richieste di disiscrizione in attesa. Vanno applicate entro 48 ore: verifica che il servizio sia attivo e che la sua chiave sia corretta (“Ultimo errore” qui sotto).</translation>
    </message>
    <message>
        <source>No bounce mailbox is set up yet. On the Bounce mailbox page (under Settings), enter the server, user name and password of the mailbox bounces come back to, then press Save.</source>
        <translation>Non è ancora configurata una casella dei rimbalzi. Nella pagina “Casella dei rimbalzi” (in Impostazioni) inserisci server, nome utente e password della casella in cui tornano i rimbalzi, poi premi “Salva”.</translation>
    </message>
    <message>
        <source>The bounce mailbox settings are incomplete: {problem} Correct them on the Bounce mailbox page (under Settings).</source>
        <translation>Le impostazioni della casella dei rimbalzi sono incomplete: {problem} Correggile nella pagina “Casella dei rimbalzi” (in Impostazioni).</translation>
    </message>
    <message>
        <source>Collecting is switched off. On the Bounce mailbox page (under Settings), tick “Collect bounces from this mailbox” and press Save.</source>
        <translation>La raccolta è disattivata. Nella pagina “Casella dei rimbalzi” (in Impostazioni) seleziona “Raccogli i rimbalzi da questa casella” e premi “Salva”.</translation>
    </message>
    <message>
        <source>The mailbox password could not be read: {problem}</source>
        <translation>Impossibile leggere la password della casella: {problem}</translation>
    </message>
    <message>
        <source>No password is saved for the bounce mailbox. Enter it on the Bounce mailbox page (under Settings) and press Save.</source>
        <translation>Nessuna password salvata per la casella dei rimbalzi. Inseriscila nella pagina “Casella dei rimbalzi” (in Impostazioni) e premi “Salva”.</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disattivato</translation>
    </message>
    <message>
        <source>Address does not exist</source>
        <translation>Indirizzo inesistente</translation>
    </message>
    <message>
        <source>Address has moved</source>
        <translation>Indirizzo cambiato</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Il dominio non accetta posta</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Dominio inesistente</translation>
    </message>
    <message>
        <source>Filtered by the receiver</source>
        <translation>Filtrato dal destinatario</translation>
    </message>
    <message>
        <source>Gave up after retrying</source>
        <translation>Abbandonato dopo vari tentativi</translation>
    </message>
    <message>
        <source>Mail program error</source>
        <translation>Errore del programma di posta</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Casella piena</translation>
    </message>
    <message>
        <source>Marked as spam by the reader</source>
        <translation>Segnalato come spam dal lettore</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Messaggio troppo grande</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Errore di rete</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Receiving server error</source>
        <translation>Errore del server ricevente</translation>
    </message>
    <message>
        <source>Receiving server full</source>
        <translation>Server ricevente pieno</translation>
    </message>
    <message>
        <source>Refused by the receiver&apos;s policy</source>
        <translation>Rifiutato dalla policy del destinatario</translation>
    </message>
    <message>
        <source>Rejected as a virus</source>
        <translation>Rifiutato come virus</translation>
    </message>
    <message>
        <source>Rejected as spam</source>
        <translation>Rifiutato come spam</translation>
    </message>
    <message>
        <source>Security check failed</source>
        <translation>Controllo di sicurezza non superato</translation>
    </message>
    <message>
        <source>Sender blocked</source>
        <translation>Mittente bloccato</translation>
    </message>
    <message>
        <source>Server refused to relay</source>
        <translation>Il server ha rifiutato l&apos;inoltro</translation>
    </message>
</context>
</TS>
