// Runs HeidelTime (standalone jar) on many documents in ONE Java process.
//
// Protocol, one document per line on stdin:   <YYYY-MM-DD> TAB <base64 UTF-8 text>
// One answer per line on stdout:              <nanoseconds in process()> TAB <base64 TimeML>
// An empty output field means HeidelTime failed on that document (the message goes to stderr).
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Base64;
import java.util.Date;

public final class HeidelTimeBatch {
    private HeidelTimeBatch() {}

    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            int tab = line.indexOf('\t');
            Date dct = day.parse(line.substring(0, tab));
            String text = new String(Base64.getDecoder().decode(line.substring(tab + 1)), StandardCharsets.UTF_8);
            String result = "";
            long started = System.nanoTime();
            try {
                result = tagger.process(text, dct, new TimeMLResultFormatter());
            } catch (Exception e) {
                System.err.println("heideltime failed: " + e);
            }
            long spent = System.nanoTime() - started;
            out.println(spent + "\t" + Base64.getEncoder().encodeToString(result.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
