package io.chancery.documents.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.documents.DocumentFile;

public interface DocumentFileRepository extends JpaRepository<DocumentFile, Long> {

	List<DocumentFile> findByDocumentIdOrderByUploadedAt(Long documentId);

	Optional<DocumentFile> findByIdAndDocumentId(Long id, Long documentId);

}
