package io.chancery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class ChanceryApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChanceryApplication.class, args);
	}

}
