package app.haven.web.it;

import static app.haven.web.it.Database.count;
import static app.haven.web.it.Database.idOf;
import static app.haven.web.it.Database.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.haven.application.AttachmentView;
import app.haven.application.DraftPurgeAdmin;
import app.haven.application.DraftInput;
import app.haven.application.Drafting;
import app.haven.application.FileTransfer;
import app.haven.application.Messaging;
import app.haven.application.Outgoing;
import app.haven.application.SavedDraft;
import app.haven.batch.purge.DraftPurgeLauncher;
import app.haven.domain.practice.PracticeId;
import app.haven.domain.thread.ThreadId;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Jakarta Batch purge of expired drafts (R6) at twelve thousand drafts, walked in small slices
 * of the table (many chunks): what it deletes and what it never touches, a writer that fails in the
 * middle and a restart that finishes the job with the same cutoff and the right total, and a second
 * run that finds nothing; a draft saved again while a run goes on; the daily runs of both practices
 * at once.
 */
@ExtendWith(ArquillianExtension.class)
class DraftPurgeIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Duration PAST_RETENTION = Duration.ofDays(31);

    @Inject
    private Drafting drafting;

    @Inject
    private FileTransfer transfer;

    @Inject
    private Messaging messaging;

    @Inject
    private DraftPurgeLauncher launcher;

    @Inject
    private DraftPurgeAdmin purgeAdmin;

    @Deployment
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @Test
    void twelveThousandExpiredDraftsArePurgedAcrossAFailureAndARestartAndNothingElseIsTouched() throws Exception {
        clearWhatEarlierRunsLeft();
        SignedIn.as(DemoPeople.PROVIDER);
        List<String> expiredWithFiles = new ArrayList<>();
        List<String> expiredFiles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            AttachmentView file = upload("old-" + i + ".pdf");
            expiredWithFiles.add(saveDraft("Old " + i, file.id()).id());
            expiredFiles.add(file.id());
        }
        List<String> fresh = new ArrayList<>();
        List<String> freshFiles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AttachmentView file = upload("fresh-" + i + ".pdf");
            fresh.add(saveDraft("Fresh " + i, file.id()).id());
            freshFiles.add(file.id());
        }
        AttachmentView sentFile = upload("sent.pdf");
        ThreadId oldThread = messaging.send(new Outgoing(List.of(idOf(DemoPeople.CLIENT)), Set.of(), "Sent long ago", "<p>Old</p>",
                List.of(sentFile.id())));
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(90));
        Database.update("update message set sent_at = ? where thread_id = ?", longAgo, oldThread.toString());
        Database.update("update attachment set uploaded_at = ? where id = ?", longAgo, sentFile.id());
        backdate(expiredWithFiles);
        List<String> bulk = insertExpiredDrafts(11_997);
        assertThat(count("select count(*) from draft where saved_at < ?", cutoff())).isEqualTo(12_000);

        FailingOnceDraftPurge.failOncePast(6_000);
        JobExecution failed = finished(startInSmallSlices(sunrise()));

        assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
        long left = count("select count(*) from draft where saved_at < ?", cutoff());
        assertThat(left).as("the chunks before the failing one stay purged").isBetween(6_000L, 11_999L);
        assertThat(failed.getExitStatus()).isEqualTo("drafts=" + (12_000 - left) + " bytes=" + bytesPurgedOf(expiredFiles));
        JobExecution restarted = finished(launcher.restart(failed.getExecutionId()));

        assertThat(restarted.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getExitStatus()).isEqualTo("drafts=12000 bytes=" + 3 * PDF.length);
        assertThat(BatchRuntime.getJobOperator().getParameters(restarted.getExecutionId()).getProperty(DraftPurgeLauncher.CUTOFF))
                .isEqualTo(BatchRuntime.getJobOperator().getParameters(failed.getExecutionId()).getProperty(DraftPurgeLauncher.CUTOFF));
        assertThat(count("select count(*) from draft where saved_at < ?", cutoff())).isZero();
        assertThat(count("select count(*) from draft where id = ?", bulk.get(0))).isZero();
        assertThat(fresh).allSatisfy(id -> assertThat(count("select count(*) from draft where id = ?", id)).isEqualTo(1));
        assertThat(freshFiles).allSatisfy(id -> {
            assertThat(count("select count(*) from attachment where id = ? and draft_id is not null", id)).isEqualTo(1);
            assertThat(storage().resolve(id)).exists();
        });
        assertThat(expiredFiles).allSatisfy(id -> {
            assertThat(count("select count(*) from attachment where id = ?", id)).isZero();
            assertThat(storage().resolve(id)).doesNotExist();
        });
        assertThat(count("select count(*) from message where thread_id = ?", oldThread.toString())).isEqualTo(1);
        assertThat(count("select count(*) from attachment where id = ?", sentFile.id())).isEqualTo(1);
        assertThat(storage().resolve(sentFile.id())).exists();
        assertThat(strings("select detail from audit_event where action = 'PURGE_DRAFTS' and occurred_at >= ?",
                OffsetDateTime.ofInstant(failed.getStartTime().toInstant(), ZoneOffset.UTC)))
                .containsExactly("drafts=12000 bytes=" + 3 * PDF.length);

        List<String> repository = strings("select table_name from information_schema.tables"
                + " where lower(table_name) = 'jbatchexecutioninstancedata'");
        assertThat(repository).as("the job repository is in Haven's own database").hasSize(1);
        assertThat(count("select count(*) from " + repository.get(0))).isGreaterThanOrEqualTo(3);

        JobExecution again = finished(launcher.start(sunrise()));
        assertThat(again.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.getExitStatus()).isEqualTo("drafts=0 bytes=0");
        assertThat(fresh).allSatisfy(id -> assertThat(count("select count(*) from draft where id = ?", id)).isEqualTo(1));
    }

    @Test
    void aDraftSavedAgainWhileTheRunGoesOnIsKept() {
        clearWhatEarlierRunsLeft();
        List<String> expired = insertExpiredDrafts(3_000);
        String savedAgain = expired.get(expired.size() - 1);
        FailingOnceDraftPurge.meanwhileOnce(() -> Database.update("update draft set saved_at = ?, version = version + 1 where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC), savedAgain));

        JobExecution run = finished(startInSmallSlices(sunrise()));

        assertThat(run.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getExitStatus()).isEqualTo("drafts=2999 bytes=0");
        assertThat(count("select count(*) from draft where id = ?", savedAgain)).isEqualTo(1);
        assertThat(count("select count(*) from draft where saved_at < ?", cutoff())).isZero();
    }

    @Test
    void theDailyRunsOfBothPracticesAtOnceEachCountAllOfTheirPractice() {
        clearWhatEarlierRunsLeft();
        insertExpiredDrafts(300, DemoPeople.PROVIDER);
        insertExpiredDrafts(200, DemoPeople.OTHER_PRACTICE_ADMIN);

        List<Long> runs = launcher.startAll();

        assertThat(runs).hasSize(2);
        assertThat(runs.stream().map(this::finished)).allSatisfy(run -> assertThat(run.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED))
                .extracting(JobExecution::getExitStatus).containsExactlyInAnyOrder("drafts=300 bytes=0", "drafts=200 bytes=0");
        assertThat(count("select count(*) from draft where saved_at < ?", cutoff())).isZero();
    }

    @Test
    void aSliceWithMoreThanAThousandDraftsThatHaveFilesLosesThemAllWithTheirFiles() {
        clearWhatEarlierRunsLeft();
        String author = idOf(DemoPeople.OTHER_PRACTICE_ADMIN);
        String practice = practiceOf(DemoPeople.OTHER_PRACTICE_ADMIN).toString();
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minus(PAST_RETENTION);
        List<Object[]> files = new ArrayList<>();
        for (String draft : insertExpiredDrafts(1_200, DemoPeople.OTHER_PRACTICE_ADMIN)) {
            files.add(new Object[] {UUID.randomUUID().toString(), practice, author, "dense-slice.pdf", "application/pdf", 10, "0".repeat(64), longAgo, draft});
        }
        Database.insertAll("insert into attachment (id, practice_id, uploaded_by, file_name, content_type, size_bytes, sha256, uploaded_at, draft_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", files);

        JobExecution run = finished(launcher.start(practiceOf(DemoPeople.OTHER_PRACTICE_ADMIN)));

        assertThat(run.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getExitStatus()).isEqualTo("drafts=1200 bytes=12000");
        assertThat(count("select count(*) from attachment where practice_id = ? and file_name = 'dense-slice.pdf'", practice)).isZero();
    }

    @Test
    void practiceAdminsSeeTheRunsWithTheirCountsAndStartOneNowOthersCannot() {
        SignedIn.as(DemoPeople.ADMIN);
        long execution = purgeAdmin.runNow();
        finished(execution);

        assertThat(purgeAdmin.recentRuns()).filteredOn(run -> run.executionId() == execution).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.started()).isNotNull();
            assertThat(run.ended()).isNotNull();
            assertThat(run.drafts()).isZero();
            assertThat(run.restartable()).isFalse();
        });
        assertThat(count("select count(*) from audit_event where action = 'START_DRAFT_PURGE' and actor_id = ? and detail = ?",
                idOf(DemoPeople.ADMIN), "start:" + execution)).isEqualTo(1);
        for (String notAdmin : List.of(DemoPeople.PROVIDER, DemoPeople.FRONT_OFFICE, DemoPeople.CLIENT)) {
            SignedIn.as(notAdmin);
            assertThatThrownBy(() -> purgeAdmin.runNow()).as(notAdmin).isInstanceOf(jakarta.ejb.EJBAccessException.class);
            assertThatThrownBy(() -> purgeAdmin.recentRuns()).as(notAdmin).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        }
    }

    @Test
    void eachPracticeHasItsOwnRunsAndSeesNothingOfAnothersRuns() {
        clearWhatEarlierRunsLeft();
        String harborDraft = insertExpiredDrafts(1, DemoPeople.OTHER_PRACTICE_ADMIN).get(0);
        SignedIn.as(DemoPeople.ADMIN);
        long sunriseRun = purgeAdmin.runNow();
        finished(sunriseRun);
        assertThat(count("select count(*) from draft where id = ?", harborDraft)).as("another practice's draft").isEqualTo(1);

        SignedIn.as(DemoPeople.OTHER_PRACTICE_ADMIN);
        assertThat(purgeAdmin.recentRuns()).noneMatch(run -> run.executionId() == sunriseRun);
        assertThatThrownBy(() -> purgeAdmin.restart(sunriseRun)).isInstanceOfSatisfying(app.haven.domain.shared.HavenRefusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("refusal.purge.notAvailable"));
        long harborRun = purgeAdmin.runNow();
        assertThat(finished(harborRun).getExitStatus()).isEqualTo("drafts=1 bytes=0");
        assertThat(count("select count(*) from draft where id = ?", harborDraft)).isZero();
        assertThat(purgeAdmin.recentRuns()).extracting(run -> run.executionId()).contains(harborRun).doesNotContain(sunriseRun);
    }

    private void clearWhatEarlierRunsLeft() {
        for (String someone : List.of(DemoPeople.PROVIDER, DemoPeople.OTHER_PRACTICE_ADMIN)) {
            assertThat(finished(launcher.start(practiceOf(someone))).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    private static PracticeId practiceOf(String login) {
        return PracticeId.of(strings("select practice_id from account where id = ?", idOf(login)).get(0));
    }

    private static PracticeId sunrise() {
        return PracticeId.of(strings("select practice_id from account where id = ?",
                idOf(DemoPeople.PROVIDER)).get(0));
    }

    /**
     * Starts the practice's purge as the launcher does, in slices small enough that twelve thousand
     * drafts take several chunks: 32 pages on PostgreSQL (about a thousand of these drafts), 1,000
     * rows on H2.
     */
    private static long startInSmallSlices(PracticeId practice) {
        Properties parameters = new Properties();
        parameters.setProperty(DraftPurgeLauncher.PRACTICE, practice.toString());
        parameters.setProperty(DraftPurgeLauncher.CUTOFF, cutoff().toInstant().toString());
        boolean postgresql = ConfigProvider.getConfig().getValue("haven.db.url", String.class).startsWith("jdbc:postgresql:");
        parameters.setProperty(DraftPurgeLauncher.WIDTH, postgresql ? "32" : "1000");
        return BatchRuntime.getJobOperator().start(DraftPurgeLauncher.JOB, parameters);
    }

    /** The bytes of those of the files that are gone. */
    private static long bytesPurgedOf(List<String> files) {
        return files.stream().filter(id -> count("select count(*) from attachment where id = ?", id) == 0).count() * PDF.length;
    }

    private AttachmentView upload(String name) {
        return transfer.upload(name, new ByteArrayInputStream(PDF));
    }

    private SavedDraft saveDraft(String subject, String fileId) {
        return drafting.save(new DraftInput(null, 0, List.of("person:" + idOf(DemoPeople.CLIENT)), subject,
                "<p>" + subject + "</p>", List.of(fileId)));
    }

    private static void backdate(List<String> drafts) {
        OffsetDateTime expired = OffsetDateTime.now(ZoneOffset.UTC).minus(PAST_RETENTION);
        drafts.forEach(id -> Database.update("update draft set saved_at = ? where id = ?", expired, id));
    }

    private static List<String> insertExpiredDrafts(int howMany) {
        return insertExpiredDrafts(howMany, DemoPeople.PROVIDER);
    }

    private static List<String> insertExpiredDrafts(int howMany, String login) {
        String author = idOf(login);
        String practice = strings("select practice_id from account where id = ?", author).get(0);
        OffsetDateTime expired = OffsetDateTime.now(ZoneOffset.UTC).minus(PAST_RETENTION);
        List<Object[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            rows.add(new Object[] {id, practice, author, "", "Expired " + i, "<p>Old text</p>", expired.minusSeconds(i)});
        }
        Database.insertAll("insert into draft (id, practice_id, author_id, recipients, subject, body, saved_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, 1)", rows);
        return ids;
    }

    private static OffsetDateTime cutoff() {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(30));
    }

    private JobExecution finished(long executionId) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED)
                        .contains(launcher.execution(executionId).getBatchStatus()));
        return launcher.execution(executionId);
    }

    private static Path storage() {
        return Path.of(ConfigProvider.getConfig().getValue("haven.attachments.dir", String.class));
    }
}
