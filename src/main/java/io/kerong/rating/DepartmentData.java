package io.kerong.rating;

import io.kerong.identity.Actor;
import java.nio.file.Path;
import java.util.List;

/**
 * Receives department data batches (部门数据报送). A batch is validated whole — unknown credit codes or indicator
 * codes, values of the wrong type or out of range, periods in the wrong format or in the future, repeated rows — and
 * then written at once, or not at all ({@link DataBatchRejectedException}, with every problem by row). A batch key
 * already applied changes nothing and returns the earlier batch marked {@code alreadyReceived}. A value for a period
 * already held replaces it (the old one is kept as a revision); other periods are never touched.
 */
public interface DepartmentData {

    DataBatch receive(Actor actor, String batchKey, Department department, List<DeliveredValue> values);

    /** A .csv (UTF-8 or GBK) or .xlsx file in long format: 统一社会信用代码, 指标代码, 期间, 数值. */
    DataBatch receiveFile(Actor actor, String batchKey, Department department, String fileName, Path file);

    /** The most recent batches, newest first. */
    List<DataBatch> history(int limit);
}
