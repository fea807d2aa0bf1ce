<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <source>Newsletter Desk could not start. {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>assign_address_dialog</name>
        <message>
            <source>Assign an address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Which address is the bounce “{subject}” about?&lt;/p&gt;&lt;p&gt;It is then counted like any bounce for that address (and may suppress it), and the next collection removes the message from the mailbox.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. reader@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>autoresponders_page</name>
        <message>
            <source>at once</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} (switched off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{delay} after joining</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right after joining</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{list} · {when} · sent to {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An autoresponder sends one message to each person who joins a list: a welcome at once, or a follow-up some days later. Only people who join after you create it receive it, so switching one on never mails a whole existing list. The footer with the unsubscribe link is added as for campaigns; suppressed and unsubscribed addresses are left out. The “Queue autoresponder messages” job sends them (see Jobs).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its message goes to each person who joins this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMTP &amp;profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sends it, with its sender address and footers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long after a person joins; 0 sends it at the next run of the job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge fields work as in campaigns: {{first_name|there}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain &amp;text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: the same message as HTML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HT&amp;ML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;witched on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When on, it goes to people who join from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>h&amp;ours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>m&amp;inutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome, {{first_name|there}}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: see the field marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” saved. It is switched off: nothing is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete autoresponder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{name}”? People who join {list} will no longer receive it; messages already queued are still sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bounce_codes_page</name>
        <message>
            <source>Hard: stop sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft: try again later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>soft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{code}” is not a status code like 5.1.1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} appears twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type must be hard or soft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{code}” is not a status code like 5.1.1: the cell keeps its old value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard or soft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset to &amp;default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;uppress only address failures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy blocks, network and system failures (5.3.x, 5.4.x, 5.7.x) count as soft: only addresses that do not exist are suppressed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: row {row}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe what this code means</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bounce_handling_page</name>
        <message>
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Collect every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often the bounce mailbox is read for new bounces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect re&amp;tries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If the mailbox cannot be reached, how many times to try again before waiting for the next round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft-bounce retry &amp;interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long to wait before sending again to an address that soft-bounced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft-bounce retr&amp;y count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many times to send again after soft bounces; after that the address counts as bounced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;orget soft bounces after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounces older than this no longer count towards the threshold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count hard &amp;bounces towards the bounce threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unticked (the default), one hard bounce suppresses an address at once and the threshold counts soft bounces whose re-sends ran out. Tick it if your server gives hard bounces you do not trust: they then count like those soft bounces, and an address is suppressed only at the threshold.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bounce_log</name>
        <message>
            <source>None (autoresponder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostic</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bounce_mailbox_page</name>
        <message>
            <source>Delete them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move them to a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave them where they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log-in techni&amp;que</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xternal app client ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organi&amp;zation (tenant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Collect bounces from this mailbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMAP (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None, unencrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verif&amp;y the server certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;tocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ser&amp;ver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secur&amp;ity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>993 for IMAP and 995 for POP3 with SSL/TLS; 143 and 110 otherwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bounce address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address bounces are sent to; usually the mailbox's own address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Load folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Processed bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fol&amp;der to monitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>POP3 has only one folder, the inbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce thr&amp;eshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An address is suppressed after this many soft bounces whose re-sends ran out. One hard bounce suppresses it at once (unless Bounce handling says to count hard bounces here too).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;ocessed bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move processed to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other messa&amp;ges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replies and out-of-office notes that are not bounces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move other mess&amp;ages to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep bounces needing review in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces that name no address of your lists wait for you under Bounces › Needs review; pick a folder to move them to, or leave empty to keep them where they arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test co&amp;nnection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in before saving: press Sign in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the mailbox password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logging in to {host} to list its folders…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to {host} on port {port}…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n folder(s) found: pick the one bounces arrive in.</source>
            <translation>
                <numerusform>%n folder found: pick the one bounces arrive in.</numerusform>
                <numerusform>%n folders found: pick the one bounces arrive in.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>campaign_report_tab</name>
        <message>
            <source>Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipients: {recipients} ({waiting} not sent yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered: {delivered} of {sent} tried so far ({share})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces: {hard} hard, {soft} soft; {failed} refused while sending, {deferred} deferred, {uncertain} uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints: {complaints} ({share} of delivered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribes: {unsubscribes} ({share} of delivered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a campaign to see how it went.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The table by receiving domain, for a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be read: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} report.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>campaigns_page</name>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply-To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview and test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello {{first_name|there}}, our spring news</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the profile's sender name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the profile's sender address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campaign &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender na&amp;me:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reply-to address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMTP &amp;profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lists:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge fields: {{first_name}}, {{last_name}}, {{email}} and the extra columns of the chosen lists; a fallback follows a bar: {{first_name|there}}. The footer with the unsubscribe link is added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ill from the HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the plain-text part from the HTML part: its words in order, each link's address after its text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown by mail programs that do not show HTML, and read by spam filters: keep it close to the HTML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import HTML file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write below; it is sent as email-safe HTML in a 600-pixel column. An imported file is sent exactly as written until you edit it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a contact's address (empty: fallbacks only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As on a phone (375 pi&amp;xels wide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTML part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain-text part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%v of %m done (%p%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipients no longer waiting: sent, refused or uncertain. Deferred ones wait to be tried again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make one item per recipient and count who is left out, before anything is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTML files (*.html *.htm);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{header}:&lt;/b&gt; {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no plain-text part)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no HTML part: mail programs show the plain text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill from the HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the plain-text part you wrote with one made from the HTML?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test queued for {addresses}: it goes out within seconds while jobs run (see the Jobs page).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a saved campaign with a profile first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sending “{name}” for good? What was sent stays recorded; duplicate it to send again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a campaign, or press New.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the campaign stands could not be read: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cleanup_page</name>
        <message>
            <source>Check a spreadsheet of addresses without going online: invalid, duplicate, bounced, suppressed and unsubscribed addresses are taken out. You get a cleaned copy and a file of the removed rows with the reason for each; your file is never changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A CSV, TSV or Excel (.xlsx) file of addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;List file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: bounced mail exported from your mail program (.eml files, a folder of them, or an .mbox file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bounce files:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a list file first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first row holds column &amp;names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addresses are &amp;in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. What to remove and save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likely &amp;typos of big providers (gmial.com → gmail.com); the suggestion is listed, never applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thro&amp;waway-address domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;ole accounts (info@, admin@, sales@ …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also remove:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Throwaway domains from {source}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> soft bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove an address &amp;after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove addresses on the suppressed and &amp;unsubscribed lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd the kept rows to a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list name (created if new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List na&amp;me:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the bounced addresses to the &amp;suppressed list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clean the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the run (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add bounce files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mail files (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a folder of bounce messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the list to add the kept rows to a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleaning…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: kept {kept} of {rows} rows. The cleaned list is {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list could not be cleaned: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: no files were written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} (kept)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common</name>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>complaint_bar</name>
        <message>
            <source>{percent} (Gmail: watch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} (Gmail: limit)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>complaint_guard_page</name>
        <message>
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the domain of the From address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause a campaign a&amp;bove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The share of delivered messages reported as spam at which a sending campaign stops. 0.3% is Gmail's line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only &amp;after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few complaints among the first messages say little: the guard waits until the campaign has delivered this many.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback-&amp;ID sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last part of the Feedback-ID header on every campaign message, which Gmail's Postmaster Tools group complaints by. Leave it empty to use the domain you send from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints per SMTP profile, last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No SMTP profile yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>config</name>
        <message>
            <source>A link must start with https:// (or http://).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose Campaign or Global.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose IMAP or POP3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose None, STARTTLS or SSL/TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose Password, Sign in with Microsoft or Sign in with Google.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose RSA 2048 or Ed25519.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a time zone from the list, e.g. Europe/Rome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a warm-up plan, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the folder to monitor (usually INBOX).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a selector of letters, digits and hyphens, e.g. news1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a time of day as HH:MM, e.g. 08:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the client ID of your app registration (see the guide).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the mailbox user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the server name, e.g. smtp.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the signing domain, e.g. shop.example.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the user name, or untick “Requires authentication”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the warm-up's first day as a date, e.g. 2026-03-02.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the profile a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the folder that other messages move to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the folder that processed bounces move to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>POP3 has no folders: bounces that need review are left in the inbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>POP3 has no folders: other messages are left in place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>POP3 has no folders: processed bounces can only be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The HTML footer must contain {{unsubscribe_url}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The complaint limit must be above 0% and at most 100%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link must contain {{token}} to know who clicked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person leaves every list: no later campaign is sent to them, whatever list it goes to, even one they join afterwards. The safest choice under strict privacy rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person leaves the lists that campaign was sent to: later campaigns to those lists leave them out. Campaigns to their other lists still reach them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plain-text footer must contain {{unsubscribe_url}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The port must be a number from 1 to 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The service address must start with https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window must end at another time than it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at most 16 connections at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use up to 64 letters, digits, dots, hyphens or underscores (no colons or spaces), e.g. shop-example.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the DNS server as an IP address, or address:port (e.g. 192.168.1.1 or 127.0.0.1:5353).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>config_words</name>
        <message>
            <source>“{value}” is not a server name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a valid e-mail address: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This must be at least {low}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign as {sender}: the signing domain must be the From address's domain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign as {sender} or its parent domain {parent}: the signing domain must match the From address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exclusion_policy_page</name>
        <message>
            <source>&amp;Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Global</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>explain</name>
        <message>
            <source>no code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} (server reply {reply}) from {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} (server reply {reply})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} from {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{campaign}, found by {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none: {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none; the contact was found by {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none of your campaign messages matched this bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} — not counted towards the bounce threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on the suppressed list: no campaign is sent to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not suppressed: campaigns are sent to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address} — {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address is now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} ({code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}, campaign {campaign}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{address}&lt;/b&gt; is suppressed: {why}.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;No changes recorded for this address.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} — Suppressed by {actor}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} — Un-suppressed by {actor}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>footers_page</name>
        <message>
            <source>&amp;Bold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lin&amp;k…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>U&amp;nsubscribe link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTML s&amp;ource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link address (a web address, or {{unsubscribe_url}} / {{manage_url}}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: readers unsubscribe by e-mail to the bounce address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: readers write to the bounce address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Plain-text footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rich-te&amp;xt footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unsubscribe page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: your own web page, with {{token}} where the reader's code goes, e.g. https://example.com/unsubscribe?t={{token}}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manage page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; (with sample links)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— the plain-text version —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>format_bar</name>
        <message>
            <source>Paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paragraph or heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paragraph style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>U</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Underline (Ctrl+U)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bulleted list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbered list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Align left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Align centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Align right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link the selected text (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert an image by its web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address (https://…) or a merge field such as {{manage_url}}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image's web address (https://…). Mail clients load it from there, so it must be public:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words shown where images are off:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>found</name>
        <message>
            <source>{found}: {server}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking up the settings for {domain}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} is not one of the common providers: Find settings looks it up on the internet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the e-mail address first: its settings are looked up from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found settings for {domain}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found settings for {provider}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SSL/TLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STARTTLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no encryption</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>{number}%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>jobs_page</name>
        <message>
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last run (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next run (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate campaign items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send campaign messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send single messages (tests, autoresponders)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark campaigns completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue autoresponder messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The jobs send campaigns and single messages, mark campaigns completed and collect bounces. They run here while the window is open; on a machine left on (or from cron / Task Scheduler) run &lt;code&gt;newsletter-desk run-jobs&lt;/code&gt; instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run jobs while the window is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The jobs' state could not be read: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs are running in this window because you sent something or pressed Run now; they stop when the window closes. Tick the box above to run them whenever the window is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs are running in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs are not running in this window: they start when you send something, or tick the box above to run them whenever the window is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scheduler stopped: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lists_page</name>
        <message>
            <source>(skip this column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>subscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unsubscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>company = Example Ltd
city = Lyon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other fields:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what each column of the file holds. Other columns become merge fields, e.g. {{company}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search address or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({subscribed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subscribed} subscribed, {unsubscribed} unsubscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No list yet: make one with “New list…” or import a CSV file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subscribed} subscribed, {unsubscribed} unsubscribed. Extra merge fields: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the list:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the list “{name}”? Its contacts stay in your other lists and in campaigns already sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a list first, then import into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping after the rows being written…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: only the rows below were imported; the rest of the file was not. Import the file again to finish (contacts already in are only updated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: every row of the file is in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported, except the rows below (fix them in the file and import it again: the others are only updated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file was not imported: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import stopped: the rows written before it stopped are in, the rest of the file is not. Import the file again to finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>log</name>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spam complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search address, code, reason, campaign or server message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the original message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un-suppress this address…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Why this was decided&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n bounce(s)</source>
            <translation>
                <numerusform>%n bounce</numerusform>
                <numerusform>%n bounces</numerusform>
            </translation>
        </message>
        <message>
            <source>No bounces recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The newest %n bounces (search to narrow down; Export writes all)</source>
            <translation>
                <numerusform>The newest %n bounces (search to narrow down; Export writes all)</numerusform>
                <numerusform>The newest %n bounces (search to narrow down; Export writes all)</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;Select a bounce to see why it was decided as it was.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n bounce(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n bounce to {path}.</numerusform>
                <numerusform>Exported %n bounces to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;The original message was not kept.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce for {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the bounce log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bounces.csv</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Newsletter Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the system's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newsletter Desk will use {language} the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Newsletter Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Newsletter Desk {version}&lt;/h3&gt;&lt;p&gt;Send newsletters through your own SMTP server and keep your lists clean.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>network_action</name>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop waiting for the server (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>notes</name>
        <message>
            <source>4.x.x not in table: soft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4.x.x not in table: soft (inferred from the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4xx reply code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5.x.x not in table: hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5.x.x not in table: hard (inferred from the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5xx reply code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A test email went to {to} through {host}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adding bounced addresses to the suppressed list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authentication failed: the server said {reply}. Check the user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authentication failed: the server said “{reply}”. Check the user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce collection is switched off for this mailbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot build the message: {because}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate not trusted for {host} ({reason}). If you trust this server anyway, untick “Verify the server certificate”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate not trusted for {host}: it was issued for another server name. Use the name the certificate was made for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleaning {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {host} on port {port} with {security} and logged in as {username}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {host} on port {port} with {security}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection refused on port {port} by {host}: no mail service listens there. Check the port and the security setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not talk to {host} on port {port}: {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMAP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its SMTP profile no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged in to {host} ({protocol}, port {port}, {security}) as {username}. Messages in {folder}: {messages}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged in to {host} ({protocol}, port {port}, {security}) as {username}. Messages waiting: {messages}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from {host} on port {port} within {timeout} s. Check the server name and port, and that a firewall does not block the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password is stored for the bounce mailbox. Enter it and save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password is stored for the profile “{profile}”. Enter it and save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No settings were found for {domain}. Ask your mail provider for the server name, port and security, and type them in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: the address is on the suppressed list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: the person unsubscribed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>POP3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused by the complaint guard: {complaints} of {delivered} delivered recipients reported it as spam ({rate}%), above the limit of {limit}%. Check the list and the message before you resume it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading bounce files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading bounces: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMTP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMTP with {host} failed: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SSL/TLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STARTTLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving kept rows to “{list}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again to “{name}”: the sign-in has expired or was revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped after {rows} rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped by the user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DNS did not answer for {domain} ({detail}), so its mail servers could not be looked up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address is not ASCII and the server does not accept such addresses (no SMTPUTF8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app stopped during this run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app stopped while this message was being sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app stopped while this message was being sent: it may or may not have gone out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The campaign no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while finishing ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while listing the messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while marking recorded messages for deletion ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while reading messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while removing recorded messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “{folder}” does not exist on {host}. Use Load folders to pick one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring could not be read ({type}); is it locked? Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mailbox is not open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password could not be removed from the keyring ({type}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password could not be saved in the keyring ({type}); is it locked? Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to {host} on port {port} failed ({reason}). Check that the security setting matches the port (SSL/TLS on 465, 993 and 995; STARTTLS or none on the others).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server name “{host}” could not be found. Check its spelling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the message: it said {reply}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the sign-in: it said “{reply}”. Sign in again, or check that the account may use this server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused {address}: it said {reply}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file at {url} could not be read ({detail}); it was skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sign-in server {host} could not be reached or refused ({reply}). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sign-in was not completed in the browser. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored DKIM key ({algorithm}) cannot be read; generate a new one on the profile's DKIM tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe service at {url} answered {status}: check its key; its requests are pulled next run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe service at {url} could not be reached ({detail}); its requests are pulled next run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {header} header holds a word too long for one line ({limit} characters at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {header} must be on one line (it contains a line break).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {provider} server name depends on your account's region: check it in the dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This collection was left to the one running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error while sending: {type}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With {provider} the user name is the word shown here and the password is an API key made in its dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a delay warning, delivery is still being tried: soft at most ({because})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a message must be bytes, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a quote opened here is never closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint (feedback report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint ({diagnostic})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint report (feedback type {feedback_type})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint: already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint: suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost (no answer from the server in time) after the whole message was sent: it may or may not have arrived, so it is not sent again unless you choose to send uncertain messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost ({detail}) after the whole message was sent: it may or may not have arrived, so it is not sent again unless you choose to send uncertain messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost: no answer from the server in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost: no answer from the server in time (gave up after {gave_up_after} attempts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost: {detail} (gave up after {gave_up_after} attempts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not be classified ({type}: {detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counted {count} of {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counted {count} of {limit}; already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counted {count} of {limit}; suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hard bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hard bounce: already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hard bounce: suppressed at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message {ref}: a line longer than {megabytes} MB; left in the mailbox, not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message {ref}: unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message {ref}: {because}; left in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names only our own address: {addresses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names only our own addresses: {addresses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no campaign item to re-send; counted {count} of {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no campaign item to re-send; counted {count} of {limit}; already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no campaign item to re-send; counted {count} of {limit}; suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no code: {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no code: {row} ({meaning})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no failed recipient found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no failed recipient named; the address of the campaign item found by {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one hard bounce stops sending to an address: {status} ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-send {number} of {of} after {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-sends used up; counted {count} of {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-sends used up; counted {count} of {limit}; already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-sends used up; counted {count} of {limit}; suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed from the command line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>soft bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table row {row} ({meaning})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table row {row} ({meaning}) (inferred from the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>taken off the suppressed list by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the first name is longer than {limit} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last name is longer than {limit} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the message cannot be read as mail: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the message is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name is longer than {limit} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tracking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{because} Trying again in {wait} s (attempt {attempt} of {attempts}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} bounces reached the threshold of {limit}; last: {status} ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{diagnostic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} is not in the table of common providers. Look it up online, or type the server settings in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} messages read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} messages read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} answered on port {port} ({kind}, {security}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} closed the connection on port {port} before answering. If the port expects SSL/TLS from the start (usually 465), choose SSL/TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} closed the connection on port {port} unexpectedly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} closed the connection on port {port}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} closed the connection on port {port}. If this port expects SSL/TLS from the start (usually 993 for IMAP, 995 for POP3), choose SSL/TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer STARTTLS for POP3 on port {port}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer STARTTLS on port {port}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer STARTTLS on port {port}. Choose SSL/TLS (port 465) or, only on a trusted network, no encryption.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer authentication (AUTH) on port {port}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer authentication (AUTH) on port {port}. Many servers offer it only over an encrypted connection: choose STARTTLS or SSL/TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} offers neither UIDPLUS (UID EXPUNGE) nor MOVE, and another mail program has marked messages deleted in “{folder}”: expunging would remove those too, so recorded messages were only marked deleted. They are removed when that program empties the folder; the next run does not count them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused the connection: the server said {reply}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused to list the messages: {reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused to move messages to “{folder}”: {reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused to send messages: {reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused: the server said {reply}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused: {reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} found by list cleanup in {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{profile}: DKIM signing is on but its key is not in the keyring, so nothing was sent unsigned. Generate a key on the profile's DKIM tab, or turn signing off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{profile}: {because}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider} may refuse your account password here: make an app password in the account's security settings and use that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider} only sends mail: read bounces from a mailbox of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider} uses SMTP credentials made in its dashboard: the user name and password are not your login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref}: unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref}: {because}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reply} (gave up after {gave_up_after} attempts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reply} (soft failure, re-send {resend} of {of})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reply} ({type})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rows} rows read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rows} rows read…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} not in table: row {row} ({meaning})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} not in table: row {row} ({meaning}) (inferred from the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{type}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{values} values, but the first row names {columns} columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{address}” is not a valid e-mail address: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>number_field</name>
        <message>
            <source>{low} to {high}; 0: {meaning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a number: type digits only, such as {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a whole number: type digits only, such as {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number from {low} to {high}; {number} is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number from {low} to {high}; {number} is too small.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>oauth_sign_in</name>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in with Microsoft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in with Google</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed in yet: press Sign in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log in &amp;by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client ID (app &amp;key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organi&amp;zation (tenant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 0f3c9a1e-…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>common (any work or school account)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in with a code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the browser cannot return to this computer (a remote desktop, a locked-down browser): sign in on any device with a short code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client ID of your own app registration. &lt;a href="{guide}"&gt;How to get one&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation's domain or ID, or leave empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as {account}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again: the sign-in has expired or was revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the client ID of your app registration (see the guide).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the browser…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish signing in in your browser…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking Microsoft for a code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the code to be entered…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>On any device, open {link} and enter the code {code} (valid for %n minute(s)).</source>
            <translation>
                <numerusform>On any device, open {link} and enter the code {code} (valid for %n minute).</numerusform>
                <numerusform>On any device, open {link} and enter the code {code} (valid for %n minutes).</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed in as {account}. Press Save to keep it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>overview_page</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs your attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next job runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your list, last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce rate: recipients who bounced among those sent to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint rate: recipients who reported spam. Gmail wants it below 0.1% and refuses mail from 0.3%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The figures could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing needs your attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No campaign is being sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No campaign is scheduled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0.1%: Gmail's warning line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0.3%: Gmail refuses mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No campaign has been sent yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a column to open that campaign.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>overview_words</name>
        <message>
            <source>Generate campaign items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send campaign messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send single messages (tests, autoresponders)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark campaigns completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue autoresponder messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{campaign}” paused itself: too many recipients reported it as spam. Open it to decide whether to resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last run of “{job}” failed. See the Jobs page for the error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces waiting for your review: {count}. They could not be matched to a recipient.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMTP profile “{name}” is not signed in: sending through it will fail until you sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password of SMTP profile “{name}” is not in the keyring: sending through it will fail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bounce mailbox ({name}) is not signed in: bounces are not collected until you sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password of the bounce mailbox ({name}) is not in the keyring: bounces are not collected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent {sent} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{campaign} — starts {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{campaign}: {rate} bounced ({bounced} of {sent} recipients sent to)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{campaign}: {rate} reported as spam ({complained} of {delivered} delivered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next at {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when there is work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due when jobs run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{job}: {next_run}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed
{count} now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribed
{count} now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the last {days} days: suppressed addresses from {s_first} to {s_last}, unsubscribed addresses from {u_first} to {u_last}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>page</name>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} ({state})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none until the bounce mailbox is set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not scheduled yet; press Collect now to read the mailbox</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>about {when} (bounces are collected every %n minute(s))</source>
            <translation>
                <numerusform>about {when} (bounces are collected every %n minute)</numerusform>
                <numerusform>about {when} (bounces are collected every %n minutes)</numerusform>
            </translation>
        </message>
        <message>
            <source>Last run: {last}   ·   Next run: {next}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mail that could not be delivered comes back to your bounce mailbox. Newsletter Desk reads it, records each bounce with its reason, and stops sending to addresses that keep bouncing or complained: they go on the suppressed list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collecting bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the bounce mailbox now instead of waiting for the next scheduled run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop collecting (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs review ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed addresses ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address} is not on the suppressed list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address} is no longer suppressed: campaigns are sent to it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to {host}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping after the messages being read now are recorded…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Done: %n message(s) read — {hard} hard and {soft} soft bounces, {complaints} complaints, {suppressed} addresses newly suppressed.</source>
            <translation>
                <numerusform>Done: %n message read — {hard} hard and {soft} soft bounces, {complaints} complaints, {suppressed} addresses newly suppressed.</numerusform>
                <numerusform>Done: %n messages read — {hard} hard and {soft} soft bounces, {complaints} complaints, {suppressed} addresses newly suppressed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} %n bounce(s) named no address of yours: see Needs review.</source>
            <translation>
                <numerusform>{done} %n bounce named no address of yours: see Needs review.</numerusform>
                <numerusform>{done} %n bounces named no address of yours: see Needs review.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bounces could not be collected: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped. What was read so far is recorded; the other messages stay in the mailbox for the next run.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <source>Autoresponders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce mailbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clean a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint guard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exclusion policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Footers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists and contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMTP profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data and passwords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribe service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>password_field</name>
        <message>
            <source>No system keyring is available. Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are stored in the macOS Keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are stored in the Windows Credential Manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are stored in KWallet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are stored in the system keyring (Secret Service).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are stored in the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password stored in the system keyring — type to replace it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password kept for this session only — type to replace it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password stored in the system keyring.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>progress_words</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing recipients…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n suppressed</source>
            <translation>
                <numerusform>%n suppressed</numerusform>
                <numerusform>%n suppressed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsubscribed</source>
            <translation>
                <numerusform>%n unsubscribed</numerusform>
                <numerusform>%n unsubscribed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invalid address(es)</source>
            <translation>
                <numerusform>%n invalid address</numerusform>
                <numerusform>%n invalid addresses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n uncertain</source>
            <translation>
                <numerusform>%n uncertain</numerusform>
                <numerusform>%n uncertain</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n re-send(s) due</source>
            <translation>
                <numerusform>%n re-send due</numerusform>
                <numerusform>%n re-sends due</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent {sent} · deferred {deferred} · failed {failed} · remaining {remaining}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n on more than one list (sent once)</source>
            <translation>
                <numerusform>%n on more than one list (sent once)</numerusform>
                <numerusform>%n on more than one list (sent once)</numerusform>
            </translation>
        </message>
        <message>
            <source>Left out: {reasons}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate: {rate} per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today: {used} of {limit} messages the profile may send per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>less than a day of the daily rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} days of the daily rate</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Expected to finish {time}, using {days} (%n sending day(s))</source>
            <translation>
                <numerusform>Expected to finish {time}, using {days} (%n sending day)</numerusform>
                <numerusform>Expected to finish {time}, using {days} (%n sending days)</numerusform>
            </translation>
        </message>
        <message>
            <source>{provider}: slowed down at {time} to {percent} of its pace (throttling replies: {count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm-up starts {first}; until then messages a day at most: {rate}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm-up: day {day} of {days}, the last {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send window closed: sending resumes {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints: none yet, nothing delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints: {complaints} of {delivered} delivered ({percent}), at or past Gmail's 0.3% line: mail providers start refusing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints: {complaints} of {delivered} delivered ({percent}), past Gmail's 0.1% line: watch it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints: {complaints} of {delivered} delivered ({percent}), below Gmail's 0.1% line</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n message(s) may or may not have gone out. They are not re-sent unless you choose to (“Send uncertain”).</source>
            <translation>
                <numerusform>%n message may or may not have gone out. They are not re-sent unless you choose to (“Send uncertain”).</numerusform>
                <numerusform>%n messages may or may not have gone out. They are not re-sent unless you choose to (“Send uncertain”).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>These bounces name no failed recipient that Newsletter Desk could find (or only your own addresses), so nothing was counted and they were left in the bounce mailbox. Read one, then assign the address it is about — it is counted like any bounce for that address — or dismiss it. Either way the next collection removes it from the mailbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a bounce to read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign address…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which address this bounce is about; it is counted like any bounce for that address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count nothing for this bounce; the next collection removes it from the mailbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;The message as it arrived&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n bounce(s) waiting for you.</source>
            <translation>
                <numerusform>%n bounce waiting for you.</numerusform>
                <numerusform>%n bounces waiting for you.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing needs review: every bounce named an address it was about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of this message was not kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bounce was counted for {address}: {outcomes}. The next collection removes it from the mailbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed: nothing was counted; the next collection removes the message from the mailbox.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reviews</name>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it needs you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read from</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>runs</name>
        <message>
            <source>{state} — started {started}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state} — started {started}, ended {ended}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed in this run:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newly suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a run to see its report.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sending_check</name>
        <message>
            <source>A DKIM key is published at {name}; the signing key is not on this computer, so it could not be compared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add some text to the message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the server to the record (replace the old record with this one):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add this record at your DNS host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the owner of the address (your hosting provider) to set this reverse DNS record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces to {domain} reach its mail server ({hosts}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the server and port, then check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the server name in the SMTP profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your internet connection or the DNS server setting, then check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the record; it must start with v=spf1 and there must be only one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DKIM signature key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DMARC policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each message has a one-click unsubscribe link ({url}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypted connection (TLS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From address aligned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the campaign one sender address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mail server (MX) for bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No DKIM key is published at {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once your reports show all your mail passing, change p=none to p=quarantine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-click unsubscribe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove include: entries you no longer use, or replace them by the ip4:/ip6: addresses they stand for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace it with this record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the published record with this one:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse DNS of the sending server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SPF of the return-path domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send from an address on the domain you sign with, or sign with DKIM for {from_domain}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set Security to STARTTLS in the SMTP profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up the unsubscribe page (https) in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorten the text or move content to your website.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DKIM key at {name} matches the key this app signs with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DKIM key published at {name} is not the one this app signs with: receivers will reject the signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DKIM record at {name} is broken ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DMARC record of {domain} is not valid ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DNS did not answer for {name} ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of {domain} does not include your sending server {relay} (result: {result}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of {domain} has an error ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of {domain} needs more than 10 DNS lookups, so receivers treat it as broken ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message body is {kilobytes} KB: Gmail cuts messages over 102 KB and hides the rest, including your unsubscribe link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no Date header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no Message-ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no plain-text version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no unsubscribe header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has one From, a Date, a Message-ID, a plain-text part and a reasonable size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has {count} From headers instead of one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is only images, with no text: spam filters distrust that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sending server {host} could not be found in the DNS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe header only offers an e-mail address: Gmail and Yahoo require a one-click https link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe link lacks the one-click header (List-Unsubscribe-Post).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn on DKIM in the SMTP profile and publish its key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use your provider's port for STARTTLS (587) or SSL/TLS (465).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a plain-text version on the campaign page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your From domain {from_domain} matches neither the DKIM domain ({dkim_domain}) nor the return-path domain ({spf_domain}), so DMARC fails.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your From domain {from_domain} matches the DKIM domain or the return path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your messages are not signed with DKIM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sending server {relay} has no name (reverse DNS, PTR).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sending server {relay} has the name {name}, which points back to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sending server {relay} is named {name}, but that name does not point back to {relay}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked 1 day ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked 1 hour ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked 1 minute ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked {count} days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked {count} hours ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked {count} minutes ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} allows your sending server {relay} to send its mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has a DMARC policy (p={policy}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has a DMARC record with p=none: this meets Gmail's and Yahoo's rule, but does not protect your domain from forgers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has no DMARC record: Gmail, Yahoo and Outlook.com require one from bulk senders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has no SPF record: receivers cannot tell that your sending server may send for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has no mail server (MX): bounces and complaints cannot come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} (port {port}) could not be reached ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} (port {port}) does not offer encryption: Gmail refuses unencrypted mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} encrypts the connection (SSL/TLS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} encrypts the connection (STARTTLS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} offers encryption, but the profile sends in the clear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required by {providers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check before sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look up SPF, DKIM, DMARC, MX and reverse DNS, try the server's encryption and check the message against Gmail's, Yahoo's and Outlook.com's sender rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the DNS records to add, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All required rules met, {age}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n required rule(s) not met, {age}.</source>
            <translation>
                <numerusform>%n required rule not met, {age}.</numerusform>
                <numerusform>%n required rules not met, {age}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {host} and its DNS records…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• {rule}: {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender rules not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last check found problems that make Gmail, Yahoo or Outlook.com refuse this mail or file it as spam:

{problems}

Fix them and check again, or send anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sending_checks_page</name>
        <message>
            <source>the computer's own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;DNS server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An address, with :port if not 53, e.g. 1.1.1.1 or 192.168.1.1:5353. Leave empty to use the computer's.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>settings_finder</name>
        <message>
            <source>Use these</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look the address's settings up on the internet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>settings_page</name>
        <message>
            <source>Each bounce carries a status code. A hard code stops mail to that address at once (unless Bounce handling says to count hard bounces towards the threshold); a soft code is retried and, once its re-sends ran out, counts towards the bounce threshold. 9.1.1 stands for a hard bounce that carried no code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advanced: the defaults suit most senders. Bounces are collected from the bounce mailbox on a schedule; a soft bounce (a full mailbox, a busy server) is sent again later before the address is given up on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undeliverable mail comes back to this mailbox. Newsletter Desk reads it, recognises bounces and stops sending to addresses that keep bouncing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When recipients press “Report spam”, mail providers send a complaint to the bounce mailbox. Gmail wants complaints below 0.1% of the messages delivered and starts to refuse or spam-folder a sender's mail from 0.3%. A campaign whose complaint rate passes the limit below pauses itself and says why on the Campaigns page; resuming it is your choice, and it pauses again only if more complaints arrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When someone unsubscribes (the link in a campaign's footer, or you on the Lists page), which lists do they leave?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every campaign message ends with a footer. {{unsubscribe_url}} and {{manage_url}} become each reader's own links when the message is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check before sending looks up your domain's DNS records (SPF, DKIM, DMARC, MX, reverse DNS). It asks your computer's usual DNS server unless you name another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the changes since the last save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the fields marked in red first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: correct the fields marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A profile is one way of sending: the SMTP server and the sender shown to readers. Campaigns use the default profile unless you choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With a one-click unsubscribe service on your own web server, mail providers' Unsubscribe button works in one click, and the footer links open a page to leave or pick lists. Leave the address empty to keep the e-mail (mailto) links only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>smtp_dkim</name>
        <message>
            <source>RSA 2048 (read by every mail provider)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ed25519 (short; add an RSA key too for older receivers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign messages &amp;with DKIM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receivers check it against your DNS: signed mail is trusted more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;igning domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The domain of the From address, or its parent domain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select&amp;or</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any short name; it tells receivers which of your keys to look up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key t&amp;ype</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate &amp;key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;py record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish this record in your domain's DNS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The private key stays in this computer's keyring: never in exports or backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No key yet: press Generate key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored key is not of this type: generate a new key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the DKIM key?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This profile already has a key. A new one makes every receiver reject the signatures until you publish the new record. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keyring</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>smtp_pacing</name>
        <message>
            <source>A minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>messages a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>messages an hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>messages a connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No warm-up: the daily rate from the first day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New sending IP: 50 on day 1, about doubling daily (15 days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New domain: 50 on day 1, doubling every second day (21 days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My own ramp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the &amp;presets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On top of the limits above. A provider that answers “too fast” is slowed down alone. Bold: your own figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pace &amp;with each provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider}, {what}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preset: {figure}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm-up &amp;plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new domain or IP starts slowly: receivers trust a sender they know. Each day's figure caps the daily rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First da&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ra&amp;mp length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages &amp;on day 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grows by the same factor each day up to the daily rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send only &amp;between set hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside these hours messages wait; the forecast counts with it. A window may run past midnight, e.g. 22:00 until 06:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ho&amp;urs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your readers' time zone, so mail does not arrive at night.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warmed up since {date}: the daily rate applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts {date}; until then messages a day at most: {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today is day {day} of {days}: up to {count} messages. The daily rate applies from {date}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>smtp_profiles_page</name>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SSL/TLS (port 465)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None, unencrypted (port 25)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider} accounts allow about {allowed} messages a day. Sending {daily} a day can get the account blocked, and mail from free mailboxes often lands in spam. For newsletters, use a dedicated sending service (for example your hosting provider's SMTP, Amazon SES, Mailgun, Postmark or Brevo): it is built for bulk mail, authenticates your domain and reports bounces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ser&amp;ver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver&amp;ify the server certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;quires authentication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profile name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;MTP server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Securit&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follows the security choice until you type a port of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fro&amp;m name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fr&amp;om address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;ply-to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: where replies go, if not to the From address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bounce address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undeliverable mail returns here: the bounce mailbox's address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sendin&amp;g rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hourly cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dail&amp;y send rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ho&amp;urly cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch si&amp;ze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages sent over one connection before pausing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause &amp;between batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connections at &amp;once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm-up and hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advan&amp;ced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a personal bounce address per recipient (VER&amp;P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not add the trac&amp;king header (for strict servers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lets bounces be matched to the recipient even when the bounce message is vague.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Try it&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send test email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or press Enter in the address field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;nd a test to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Check before sending&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{profile}  (default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{profile}  (not saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a profile to start: you need one to send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{profile} copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the SMTP profile “{profile}” and its stored password?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the profile first, then make it the default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in before saving: press Sign in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the password for this server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some fields here need correcting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to {host} on port {port}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the address to send the test email to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending a test email to {address}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>storage_page</name>
        <message>
            <source>in memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PostgreSQL database {name} on {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data is in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newsletter Desk {version} (database schema {schema})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>suppressed</name>
        <message>
            <source>Search addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un-suppress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send to the selected address again; you are asked first, and the change is kept in its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of the {total} suppressed addresses match.</source>
            <translation>
                <numerusform>%n of the {total} suppressed addresses match.</numerusform>
                <numerusform>%n of the {total} suppressed addresses match.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suppressed address(es): no campaign is sent to them.</source>
            <translation>
                <numerusform>%n suppressed address: no campaign is sent to them.</numerusform>
                <numerusform>%n suppressed addresses: no campaign is sent to them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} The newest %n are shown (search to narrow down; Export writes all).</source>
            <translation>
                <numerusform>{shown} The newest %n are shown (search to narrow down; Export writes all).</numerusform>
                <numerusform>{shown} The newest %n are shown (search to narrow down; Export writes all).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;Select an address to see why it is suppressed and its history.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n suppressed address(es) to {path}.</source>
            <translation>
                <numerusform>Exported %n suppressed address to {path}.</numerusform>
                <numerusform>Exported %n suppressed addresses to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the suppressed list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>suppressed.csv</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>suppressions</name>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>tables</name>
        <message>
            <source>  could not read {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  {reason}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {count} bounced addresses to the suppressed list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce files: {messages} messages, {addresses} addresses marked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposable domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposable domains from {source}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook, sheet “{sheet}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept although flagged — {reason}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept {kept} rows in {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likely typo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {address} — did you mean {suggestion}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT ALL ROWS ACCOUNTED FOR: {missing} of the {rows} rows are in no bucket; check the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read {rows} rows from {file} ({format}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {removed} rows to {file}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeated soft bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STOPPED after line {line} of {lines}: the rest of the file was not read and is not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to the list: {summary}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unreadable row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text table, {delimiter}-separated, {encoding}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text table, {delimiter}-separated, {encoding} with byte-order mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({domains} domains, {url})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {release} ({domains} domains, {url})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rows} rows: {added} new contacts, {updated} updated, {invalid} invalid, {repeated} repeated in the file, {unreadable} unreadable; {subscribed} newly on the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {count} more rows not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {count} more suggestions (see the removed-rows file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {count} more unreadable rows.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>timeline_chart</name>
        <message numerus="yes">
            <source>{name}: {total} in %n hour(s)</source>
            <translation>
                <numerusform>{name}: {total} in %n hour</numerusform>
                <numerusform>{name}: {total} in %n hours</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}
(highest {biggest} an hour)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>unsaved</name>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{page}” has changes that are not saved. Save them?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>unsubscribe_service_page</name>
        <message>
            <source>Empty: the system's certificate authorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service &amp;address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender &amp;name on its pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Certificate file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for a certificate from your own authority.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new &amp;key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links in mail already sent stop working with a new key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this key to the service's data folder as the file &lt;code&gt;key&lt;/code&gt; now: it is not shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A shared key is in the keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No shared key yet: make one, then copy it to the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key could not be kept: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>unsuppress_dialog</name>
        <message>
            <source>Un-suppress an address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} ({code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Send to &lt;b&gt;{address}&lt;/b&gt; again?&lt;/p&gt;&lt;p&gt;It was suppressed because of: {reason}. Its bounces stay in the log; only bounces from now on count towards the threshold.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. the reader fixed their mailbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un-suppress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why? (kept in the address's history)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <source>Hard bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spam complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the tracking code in the bounced message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Message-ID of the original message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the address (its most recent campaign)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server's refusal while it was being sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a campaign message but an autoresponder's, refused by the server while it was being sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>collection run {run}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sending (the server refused the message)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped mid-run (the app stopped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n sent</numerusform>
                <numerusform>%n sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deferred</source>
            <translation>
                <numerusform>%n deferred</numerusform>
                <numerusform>%n deferred</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excluded</source>
            <translation>
                <numerusform>%n excluded</numerusform>
                <numerusform>%n excluded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n queued</numerusform>
                <numerusform>%n queued</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed</source>
            <translation>
                <numerusform>%n completed</numerusform>
                <numerusform>%n completed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hard bounce(s)</source>
            <translation>
                <numerusform>%n hard bounce</numerusform>
                <numerusform>%n hard bounces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n soft bounce(s)</source>
            <translation>
                <numerusform>%n soft bounce</numerusform>
                <numerusform>%n soft bounces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s)</source>
            <translation>
                <numerusform>%n complaint</numerusform>
                <numerusform>%n complaints</numerusform>
            </translation>
        </message>
        <message>
            <source>— (paused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when there is work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when jobs run (due since {time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when jobs run</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unsubscribed through the service</source>
            <translation>
                <numerusform>%n unsubscribed through the service</numerusform>
                <numerusform>%n unsubscribed through the service</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An unsubscribe request has waited {hours} hours on the unsubscribe service. Unsubscribes must be honoured within 48 hours: run Collect bounces now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe service has not been reached for {hours} hours, so unsubscribe requests may be waiting there. They must be honoured within 48 hours: check that the service is running and its key is right (Last error below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bounce mailbox is set up yet. On the Bounce mailbox page (under Settings), enter the server, user name and password of the mailbox bounces come back to, then press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bounce mailbox settings are incomplete: {problem} Correct them on the Bounce mailbox page (under Settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collecting is switched off. On the Bounce mailbox page (under Settings), tick “Collect bounces from this mailbox” and press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mailbox password could not be read: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password is saved for the bounce mailbox. Enter it on the Bounce mailbox page (under Settings) and press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address has moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Domain accepts no mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Domain does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filtered by the receiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave up after retrying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mail program error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mailbox full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as spam by the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message too big</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving server error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving server full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the receiver's policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected as a virus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected as spam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security check failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server refused to relay</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
